;; many-functions (compile-time bomb, benign): 3000 small functions, each adding 1 to its argument;
;; `run` threads 0 through all of them and returns 3000.
;; Stopped by: nothing (NONE) -> COMPLETED. Hostile to compilers that are slow per function.
(module
  (func $f0 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f3 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f4 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f5 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f6 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f7 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f8 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f9 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f10 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f11 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f12 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f13 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f14 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f15 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f16 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f17 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f18 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f19 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f20 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f21 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f22 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f23 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f24 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f25 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f26 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f27 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f28 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f29 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f30 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f31 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f32 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f33 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f34 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f35 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f36 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f37 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f38 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f39 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f40 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f41 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f42 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f43 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f44 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f45 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f46 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f47 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f48 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f49 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f50 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f51 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f52 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f53 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f54 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f55 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f56 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f57 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f58 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f59 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f60 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f61 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f62 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f63 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f64 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f65 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f66 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f67 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f68 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f69 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f70 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f71 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f72 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f73 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f74 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f75 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f76 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f77 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f78 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f79 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f80 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f81 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f82 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f83 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f84 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f85 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f86 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f87 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f88 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f89 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f90 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f91 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f92 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f93 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f94 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f95 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f96 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f97 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f98 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f99 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f100 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f101 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f102 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f103 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f104 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f105 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f106 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f107 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f108 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f109 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f110 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f111 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f112 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f113 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f114 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f115 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f116 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f117 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f118 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f119 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f120 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f121 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f122 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f123 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f124 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f125 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f126 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f127 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f128 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f129 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f130 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f131 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f132 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f133 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f134 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f135 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f136 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f137 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f138 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f139 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f140 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f141 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f142 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f143 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f144 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f145 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f146 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f147 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f148 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f149 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f150 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f151 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f152 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f153 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f154 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f155 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f156 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f157 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f158 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f159 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f160 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f161 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f162 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f163 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f164 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f165 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f166 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f167 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f168 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f169 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f170 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f171 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f172 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f173 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f174 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f175 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f176 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f177 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f178 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f179 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f180 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f181 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f182 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f183 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f184 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f185 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f186 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f187 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f188 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f189 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f190 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f191 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f192 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f193 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f194 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f195 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f196 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f197 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f198 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f199 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f200 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f201 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f202 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f203 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f204 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f205 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f206 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f207 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f208 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f209 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f210 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f211 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f212 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f213 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f214 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f215 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f216 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f217 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f218 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f219 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f220 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f221 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f222 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f223 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f224 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f225 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f226 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f227 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f228 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f229 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f230 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f231 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f232 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f233 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f234 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f235 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f236 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f237 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f238 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f239 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f240 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f241 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f242 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f243 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f244 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f245 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f246 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f247 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f248 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f249 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f250 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f251 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f252 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f253 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f254 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f255 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f256 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f257 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f258 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f259 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f260 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f261 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f262 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f263 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f264 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f265 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f266 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f267 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f268 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f269 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f270 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f271 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f272 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f273 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f274 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f275 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f276 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f277 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f278 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f279 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f280 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f281 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f282 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f283 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f284 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f285 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f286 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f287 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f288 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f289 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f290 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f291 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f292 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f293 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f294 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f295 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f296 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f297 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f298 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f299 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f300 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f301 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f302 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f303 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f304 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f305 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f306 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f307 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f308 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f309 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f310 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f311 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f312 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f313 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f314 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f315 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f316 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f317 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f318 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f319 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f320 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f321 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f322 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f323 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f324 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f325 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f326 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f327 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f328 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f329 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f330 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f331 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f332 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f333 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f334 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f335 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f336 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f337 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f338 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f339 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f340 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f341 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f342 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f343 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f344 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f345 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f346 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f347 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f348 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f349 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f350 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f351 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f352 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f353 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f354 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f355 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f356 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f357 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f358 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f359 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f360 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f361 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f362 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f363 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f364 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f365 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f366 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f367 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f368 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f369 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f370 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f371 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f372 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f373 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f374 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f375 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f376 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f377 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f378 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f379 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f380 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f381 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f382 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f383 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f384 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f385 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f386 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f387 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f388 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f389 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f390 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f391 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f392 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f393 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f394 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f395 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f396 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f397 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f398 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f399 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f400 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f401 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f402 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f403 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f404 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f405 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f406 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f407 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f408 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f409 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f410 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f411 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f412 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f413 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f414 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f415 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f416 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f417 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f418 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f419 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f420 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f421 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f422 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f423 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f424 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f425 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f426 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f427 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f428 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f429 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f430 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f431 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f432 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f433 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f434 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f435 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f436 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f437 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f438 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f439 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f440 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f441 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f442 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f443 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f444 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f445 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f446 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f447 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f448 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f449 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f450 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f451 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f452 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f453 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f454 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f455 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f456 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f457 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f458 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f459 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f460 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f461 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f462 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f463 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f464 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f465 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f466 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f467 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f468 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f469 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f470 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f471 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f472 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f473 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f474 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f475 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f476 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f477 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f478 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f479 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f480 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f481 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f482 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f483 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f484 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f485 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f486 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f487 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f488 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f489 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f490 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f491 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f492 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f493 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f494 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f495 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f496 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f497 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f498 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f499 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f500 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f501 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f502 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f503 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f504 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f505 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f506 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f507 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f508 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f509 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f510 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f511 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f512 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f513 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f514 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f515 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f516 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f517 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f518 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f519 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f520 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f521 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f522 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f523 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f524 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f525 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f526 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f527 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f528 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f529 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f530 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f531 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f532 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f533 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f534 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f535 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f536 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f537 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f538 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f539 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f540 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f541 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f542 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f543 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f544 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f545 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f546 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f547 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f548 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f549 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f550 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f551 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f552 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f553 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f554 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f555 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f556 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f557 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f558 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f559 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f560 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f561 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f562 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f563 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f564 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f565 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f566 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f567 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f568 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f569 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f570 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f571 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f572 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f573 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f574 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f575 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f576 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f577 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f578 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f579 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f580 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f581 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f582 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f583 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f584 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f585 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f586 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f587 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f588 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f589 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f590 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f591 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f592 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f593 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f594 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f595 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f596 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f597 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f598 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f599 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f600 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f601 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f602 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f603 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f604 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f605 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f606 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f607 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f608 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f609 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f610 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f611 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f612 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f613 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f614 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f615 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f616 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f617 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f618 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f619 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f620 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f621 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f622 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f623 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f624 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f625 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f626 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f627 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f628 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f629 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f630 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f631 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f632 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f633 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f634 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f635 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f636 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f637 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f638 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f639 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f640 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f641 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f642 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f643 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f644 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f645 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f646 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f647 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f648 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f649 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f650 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f651 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f652 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f653 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f654 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f655 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f656 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f657 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f658 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f659 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f660 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f661 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f662 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f663 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f664 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f665 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f666 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f667 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f668 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f669 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f670 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f671 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f672 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f673 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f674 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f675 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f676 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f677 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f678 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f679 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f680 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f681 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f682 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f683 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f684 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f685 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f686 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f687 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f688 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f689 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f690 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f691 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f692 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f693 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f694 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f695 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f696 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f697 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f698 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f699 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f700 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f701 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f702 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f703 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f704 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f705 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f706 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f707 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f708 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f709 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f710 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f711 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f712 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f713 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f714 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f715 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f716 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f717 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f718 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f719 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f720 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f721 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f722 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f723 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f724 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f725 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f726 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f727 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f728 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f729 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f730 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f731 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f732 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f733 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f734 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f735 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f736 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f737 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f738 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f739 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f740 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f741 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f742 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f743 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f744 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f745 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f746 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f747 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f748 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f749 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f750 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f751 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f752 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f753 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f754 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f755 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f756 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f757 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f758 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f759 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f760 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f761 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f762 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f763 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f764 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f765 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f766 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f767 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f768 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f769 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f770 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f771 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f772 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f773 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f774 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f775 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f776 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f777 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f778 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f779 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f780 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f781 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f782 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f783 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f784 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f785 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f786 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f787 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f788 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f789 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f790 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f791 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f792 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f793 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f794 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f795 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f796 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f797 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f798 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f799 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f800 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f801 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f802 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f803 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f804 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f805 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f806 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f807 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f808 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f809 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f810 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f811 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f812 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f813 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f814 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f815 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f816 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f817 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f818 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f819 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f820 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f821 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f822 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f823 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f824 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f825 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f826 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f827 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f828 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f829 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f830 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f831 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f832 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f833 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f834 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f835 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f836 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f837 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f838 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f839 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f840 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f841 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f842 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f843 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f844 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f845 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f846 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f847 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f848 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f849 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f850 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f851 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f852 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f853 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f854 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f855 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f856 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f857 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f858 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f859 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f860 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f861 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f862 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f863 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f864 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f865 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f866 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f867 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f868 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f869 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f870 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f871 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f872 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f873 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f874 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f875 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f876 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f877 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f878 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f879 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f880 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f881 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f882 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f883 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f884 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f885 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f886 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f887 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f888 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f889 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f890 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f891 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f892 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f893 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f894 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f895 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f896 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f897 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f898 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f899 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f900 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f901 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f902 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f903 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f904 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f905 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f906 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f907 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f908 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f909 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f910 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f911 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f912 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f913 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f914 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f915 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f916 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f917 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f918 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f919 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f920 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f921 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f922 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f923 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f924 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f925 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f926 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f927 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f928 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f929 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f930 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f931 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f932 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f933 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f934 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f935 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f936 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f937 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f938 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f939 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f940 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f941 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f942 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f943 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f944 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f945 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f946 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f947 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f948 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f949 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f950 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f951 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f952 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f953 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f954 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f955 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f956 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f957 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f958 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f959 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f960 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f961 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f962 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f963 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f964 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f965 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f966 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f967 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f968 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f969 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f970 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f971 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f972 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f973 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f974 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f975 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f976 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f977 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f978 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f979 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f980 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f981 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f982 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f983 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f984 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f985 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f986 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f987 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f988 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f989 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f990 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f991 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f992 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f993 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f994 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f995 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f996 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f997 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f998 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f999 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1000 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1001 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1002 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1003 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1004 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1005 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1006 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1007 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1008 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1009 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1010 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1011 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1012 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1013 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1014 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1015 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1016 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1017 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1018 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1019 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1020 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1021 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1022 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1023 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1024 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1025 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1026 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1027 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1028 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1029 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1030 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1031 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1032 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1033 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1034 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1035 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1036 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1037 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1038 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1039 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1040 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1041 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1042 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1043 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1044 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1045 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1046 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1047 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1048 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1049 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1050 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1051 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1052 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1053 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1054 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1055 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1056 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1057 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1058 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1059 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1060 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1061 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1062 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1063 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1064 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1065 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1066 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1067 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1068 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1069 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1070 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1071 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1072 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1073 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1074 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1075 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1076 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1077 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1078 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1079 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1080 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1081 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1082 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1083 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1084 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1085 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1086 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1087 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1088 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1089 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1090 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1091 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1092 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1093 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1094 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1095 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1096 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1097 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1098 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1099 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1100 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1101 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1102 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1103 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1104 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1105 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1106 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1107 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1108 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1109 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1110 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1111 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1112 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1113 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1114 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1115 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1116 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1117 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1118 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1119 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1120 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1121 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1122 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1123 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1124 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1125 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1126 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1127 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1128 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1129 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1130 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1131 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1132 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1133 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1134 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1135 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1136 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1137 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1138 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1139 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1140 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1141 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1142 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1143 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1144 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1145 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1146 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1147 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1148 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1149 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1150 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1151 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1152 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1153 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1154 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1155 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1156 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1157 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1158 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1159 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1160 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1161 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1162 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1163 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1164 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1165 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1166 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1167 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1168 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1169 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1170 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1171 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1172 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1173 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1174 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1175 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1176 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1177 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1178 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1179 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1180 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1181 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1182 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1183 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1184 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1185 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1186 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1187 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1188 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1189 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1190 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1191 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1192 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1193 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1194 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1195 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1196 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1197 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1198 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1199 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1200 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1201 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1202 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1203 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1204 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1205 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1206 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1207 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1208 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1209 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1210 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1211 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1212 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1213 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1214 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1215 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1216 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1217 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1218 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1219 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1220 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1221 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1222 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1223 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1224 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1225 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1226 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1227 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1228 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1229 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1230 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1231 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1232 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1233 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1234 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1235 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1236 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1237 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1238 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1239 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1240 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1241 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1242 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1243 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1244 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1245 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1246 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1247 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1248 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1249 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1250 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1251 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1252 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1253 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1254 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1255 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1256 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1257 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1258 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1259 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1260 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1261 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1262 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1263 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1264 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1265 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1266 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1267 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1268 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1269 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1270 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1271 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1272 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1273 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1274 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1275 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1276 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1277 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1278 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1279 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1280 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1281 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1282 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1283 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1284 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1285 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1286 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1287 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1288 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1289 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1290 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1291 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1292 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1293 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1294 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1295 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1296 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1297 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1298 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1299 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1300 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1301 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1302 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1303 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1304 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1305 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1306 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1307 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1308 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1309 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1310 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1311 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1312 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1313 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1314 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1315 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1316 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1317 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1318 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1319 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1320 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1321 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1322 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1323 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1324 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1325 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1326 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1327 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1328 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1329 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1330 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1331 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1332 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1333 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1334 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1335 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1336 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1337 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1338 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1339 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1340 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1341 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1342 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1343 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1344 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1345 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1346 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1347 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1348 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1349 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1350 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1351 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1352 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1353 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1354 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1355 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1356 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1357 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1358 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1359 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1360 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1361 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1362 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1363 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1364 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1365 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1366 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1367 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1368 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1369 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1370 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1371 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1372 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1373 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1374 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1375 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1376 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1377 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1378 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1379 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1380 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1381 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1382 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1383 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1384 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1385 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1386 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1387 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1388 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1389 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1390 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1391 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1392 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1393 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1394 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1395 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1396 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1397 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1398 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1399 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1400 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1401 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1402 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1403 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1404 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1405 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1406 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1407 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1408 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1409 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1410 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1411 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1412 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1413 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1414 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1415 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1416 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1417 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1418 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1419 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1420 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1421 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1422 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1423 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1424 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1425 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1426 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1427 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1428 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1429 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1430 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1431 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1432 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1433 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1434 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1435 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1436 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1437 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1438 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1439 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1440 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1441 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1442 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1443 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1444 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1445 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1446 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1447 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1448 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1449 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1450 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1451 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1452 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1453 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1454 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1455 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1456 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1457 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1458 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1459 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1460 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1461 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1462 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1463 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1464 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1465 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1466 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1467 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1468 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1469 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1470 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1471 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1472 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1473 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1474 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1475 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1476 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1477 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1478 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1479 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1480 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1481 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1482 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1483 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1484 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1485 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1486 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1487 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1488 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1489 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1490 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1491 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1492 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1493 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1494 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1495 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1496 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1497 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1498 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1499 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1500 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1501 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1502 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1503 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1504 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1505 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1506 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1507 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1508 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1509 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1510 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1511 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1512 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1513 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1514 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1515 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1516 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1517 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1518 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1519 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1520 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1521 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1522 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1523 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1524 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1525 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1526 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1527 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1528 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1529 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1530 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1531 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1532 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1533 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1534 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1535 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1536 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1537 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1538 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1539 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1540 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1541 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1542 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1543 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1544 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1545 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1546 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1547 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1548 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1549 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1550 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1551 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1552 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1553 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1554 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1555 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1556 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1557 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1558 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1559 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1560 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1561 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1562 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1563 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1564 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1565 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1566 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1567 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1568 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1569 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1570 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1571 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1572 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1573 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1574 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1575 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1576 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1577 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1578 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1579 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1580 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1581 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1582 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1583 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1584 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1585 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1586 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1587 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1588 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1589 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1590 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1591 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1592 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1593 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1594 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1595 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1596 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1597 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1598 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1599 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1600 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1601 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1602 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1603 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1604 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1605 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1606 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1607 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1608 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1609 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1610 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1611 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1612 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1613 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1614 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1615 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1616 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1617 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1618 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1619 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1620 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1621 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1622 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1623 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1624 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1625 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1626 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1627 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1628 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1629 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1630 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1631 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1632 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1633 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1634 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1635 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1636 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1637 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1638 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1639 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1640 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1641 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1642 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1643 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1644 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1645 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1646 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1647 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1648 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1649 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1650 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1651 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1652 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1653 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1654 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1655 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1656 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1657 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1658 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1659 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1660 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1661 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1662 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1663 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1664 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1665 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1666 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1667 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1668 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1669 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1670 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1671 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1672 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1673 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1674 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1675 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1676 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1677 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1678 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1679 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1680 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1681 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1682 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1683 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1684 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1685 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1686 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1687 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1688 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1689 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1690 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1691 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1692 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1693 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1694 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1695 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1696 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1697 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1698 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1699 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1700 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1701 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1702 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1703 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1704 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1705 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1706 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1707 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1708 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1709 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1710 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1711 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1712 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1713 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1714 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1715 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1716 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1717 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1718 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1719 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1720 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1721 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1722 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1723 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1724 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1725 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1726 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1727 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1728 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1729 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1730 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1731 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1732 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1733 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1734 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1735 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1736 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1737 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1738 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1739 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1740 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1741 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1742 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1743 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1744 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1745 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1746 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1747 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1748 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1749 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1750 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1751 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1752 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1753 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1754 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1755 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1756 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1757 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1758 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1759 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1760 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1761 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1762 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1763 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1764 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1765 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1766 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1767 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1768 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1769 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1770 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1771 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1772 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1773 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1774 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1775 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1776 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1777 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1778 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1779 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1780 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1781 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1782 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1783 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1784 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1785 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1786 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1787 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1788 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1789 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1790 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1791 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1792 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1793 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1794 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1795 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1796 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1797 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1798 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1799 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1800 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1801 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1802 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1803 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1804 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1805 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1806 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1807 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1808 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1809 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1810 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1811 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1812 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1813 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1814 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1815 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1816 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1817 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1818 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1819 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1820 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1821 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1822 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1823 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1824 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1825 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1826 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1827 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1828 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1829 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1830 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1831 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1832 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1833 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1834 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1835 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1836 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1837 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1838 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1839 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1840 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1841 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1842 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1843 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1844 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1845 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1846 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1847 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1848 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1849 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1850 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1851 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1852 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1853 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1854 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1855 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1856 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1857 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1858 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1859 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1860 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1861 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1862 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1863 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1864 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1865 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1866 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1867 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1868 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1869 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1870 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1871 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1872 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1873 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1874 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1875 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1876 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1877 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1878 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1879 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1880 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1881 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1882 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1883 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1884 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1885 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1886 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1887 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1888 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1889 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1890 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1891 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1892 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1893 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1894 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1895 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1896 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1897 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1898 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1899 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1900 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1901 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1902 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1903 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1904 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1905 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1906 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1907 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1908 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1909 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1910 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1911 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1912 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1913 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1914 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1915 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1916 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1917 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1918 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1919 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1920 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1921 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1922 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1923 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1924 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1925 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1926 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1927 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1928 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1929 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1930 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1931 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1932 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1933 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1934 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1935 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1936 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1937 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1938 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1939 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1940 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1941 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1942 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1943 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1944 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1945 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1946 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1947 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1948 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1949 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1950 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1951 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1952 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1953 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1954 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1955 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1956 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1957 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1958 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1959 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1960 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1961 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1962 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1963 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1964 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1965 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1966 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1967 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1968 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1969 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1970 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1971 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1972 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1973 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1974 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1975 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1976 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1977 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1978 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1979 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1980 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1981 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1982 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1983 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1984 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1985 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1986 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1987 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1988 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1989 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1990 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1991 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1992 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1993 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1994 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1995 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1996 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1997 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1998 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f1999 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2000 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2001 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2002 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2003 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2004 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2005 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2006 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2007 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2008 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2009 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2010 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2011 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2012 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2013 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2014 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2015 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2016 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2017 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2018 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2019 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2020 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2021 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2022 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2023 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2024 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2025 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2026 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2027 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2028 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2029 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2030 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2031 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2032 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2033 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2034 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2035 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2036 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2037 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2038 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2039 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2040 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2041 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2042 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2043 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2044 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2045 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2046 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2047 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2048 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2049 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2050 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2051 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2052 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2053 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2054 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2055 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2056 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2057 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2058 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2059 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2060 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2061 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2062 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2063 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2064 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2065 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2066 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2067 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2068 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2069 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2070 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2071 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2072 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2073 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2074 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2075 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2076 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2077 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2078 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2079 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2080 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2081 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2082 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2083 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2084 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2085 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2086 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2087 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2088 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2089 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2090 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2091 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2092 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2093 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2094 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2095 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2096 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2097 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2098 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2099 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2100 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2101 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2102 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2103 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2104 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2105 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2106 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2107 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2108 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2109 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2110 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2111 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2112 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2113 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2114 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2115 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2116 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2117 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2118 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2119 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2120 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2121 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2122 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2123 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2124 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2125 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2126 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2127 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2128 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2129 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2130 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2131 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2132 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2133 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2134 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2135 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2136 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2137 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2138 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2139 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2140 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2141 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2142 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2143 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2144 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2145 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2146 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2147 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2148 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2149 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2150 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2151 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2152 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2153 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2154 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2155 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2156 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2157 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2158 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2159 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2160 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2161 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2162 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2163 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2164 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2165 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2166 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2167 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2168 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2169 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2170 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2171 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2172 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2173 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2174 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2175 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2176 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2177 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2178 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2179 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2180 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2181 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2182 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2183 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2184 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2185 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2186 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2187 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2188 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2189 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2190 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2191 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2192 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2193 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2194 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2195 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2196 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2197 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2198 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2199 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2200 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2201 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2202 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2203 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2204 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2205 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2206 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2207 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2208 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2209 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2210 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2211 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2212 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2213 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2214 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2215 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2216 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2217 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2218 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2219 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2220 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2221 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2222 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2223 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2224 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2225 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2226 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2227 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2228 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2229 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2230 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2231 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2232 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2233 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2234 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2235 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2236 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2237 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2238 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2239 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2240 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2241 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2242 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2243 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2244 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2245 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2246 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2247 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2248 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2249 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2250 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2251 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2252 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2253 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2254 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2255 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2256 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2257 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2258 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2259 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2260 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2261 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2262 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2263 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2264 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2265 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2266 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2267 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2268 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2269 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2270 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2271 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2272 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2273 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2274 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2275 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2276 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2277 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2278 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2279 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2280 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2281 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2282 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2283 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2284 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2285 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2286 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2287 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2288 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2289 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2290 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2291 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2292 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2293 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2294 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2295 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2296 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2297 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2298 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2299 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2300 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2301 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2302 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2303 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2304 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2305 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2306 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2307 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2308 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2309 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2310 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2311 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2312 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2313 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2314 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2315 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2316 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2317 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2318 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2319 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2320 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2321 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2322 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2323 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2324 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2325 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2326 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2327 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2328 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2329 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2330 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2331 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2332 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2333 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2334 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2335 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2336 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2337 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2338 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2339 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2340 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2341 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2342 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2343 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2344 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2345 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2346 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2347 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2348 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2349 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2350 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2351 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2352 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2353 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2354 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2355 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2356 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2357 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2358 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2359 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2360 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2361 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2362 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2363 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2364 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2365 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2366 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2367 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2368 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2369 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2370 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2371 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2372 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2373 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2374 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2375 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2376 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2377 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2378 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2379 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2380 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2381 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2382 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2383 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2384 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2385 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2386 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2387 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2388 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2389 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2390 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2391 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2392 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2393 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2394 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2395 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2396 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2397 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2398 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2399 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2400 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2401 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2402 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2403 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2404 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2405 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2406 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2407 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2408 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2409 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2410 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2411 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2412 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2413 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2414 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2415 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2416 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2417 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2418 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2419 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2420 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2421 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2422 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2423 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2424 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2425 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2426 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2427 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2428 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2429 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2430 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2431 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2432 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2433 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2434 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2435 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2436 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2437 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2438 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2439 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2440 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2441 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2442 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2443 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2444 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2445 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2446 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2447 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2448 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2449 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2450 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2451 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2452 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2453 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2454 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2455 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2456 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2457 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2458 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2459 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2460 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2461 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2462 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2463 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2464 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2465 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2466 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2467 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2468 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2469 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2470 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2471 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2472 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2473 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2474 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2475 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2476 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2477 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2478 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2479 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2480 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2481 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2482 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2483 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2484 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2485 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2486 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2487 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2488 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2489 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2490 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2491 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2492 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2493 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2494 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2495 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2496 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2497 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2498 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2499 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2500 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2501 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2502 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2503 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2504 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2505 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2506 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2507 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2508 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2509 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2510 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2511 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2512 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2513 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2514 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2515 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2516 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2517 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2518 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2519 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2520 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2521 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2522 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2523 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2524 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2525 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2526 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2527 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2528 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2529 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2530 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2531 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2532 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2533 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2534 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2535 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2536 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2537 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2538 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2539 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2540 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2541 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2542 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2543 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2544 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2545 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2546 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2547 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2548 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2549 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2550 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2551 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2552 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2553 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2554 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2555 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2556 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2557 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2558 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2559 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2560 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2561 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2562 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2563 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2564 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2565 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2566 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2567 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2568 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2569 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2570 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2571 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2572 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2573 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2574 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2575 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2576 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2577 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2578 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2579 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2580 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2581 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2582 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2583 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2584 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2585 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2586 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2587 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2588 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2589 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2590 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2591 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2592 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2593 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2594 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2595 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2596 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2597 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2598 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2599 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2600 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2601 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2602 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2603 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2604 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2605 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2606 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2607 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2608 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2609 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2610 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2611 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2612 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2613 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2614 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2615 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2616 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2617 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2618 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2619 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2620 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2621 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2622 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2623 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2624 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2625 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2626 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2627 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2628 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2629 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2630 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2631 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2632 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2633 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2634 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2635 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2636 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2637 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2638 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2639 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2640 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2641 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2642 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2643 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2644 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2645 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2646 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2647 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2648 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2649 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2650 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2651 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2652 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2653 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2654 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2655 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2656 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2657 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2658 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2659 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2660 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2661 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2662 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2663 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2664 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2665 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2666 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2667 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2668 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2669 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2670 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2671 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2672 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2673 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2674 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2675 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2676 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2677 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2678 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2679 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2680 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2681 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2682 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2683 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2684 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2685 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2686 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2687 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2688 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2689 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2690 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2691 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2692 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2693 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2694 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2695 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2696 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2697 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2698 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2699 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2700 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2701 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2702 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2703 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2704 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2705 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2706 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2707 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2708 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2709 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2710 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2711 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2712 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2713 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2714 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2715 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2716 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2717 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2718 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2719 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2720 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2721 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2722 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2723 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2724 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2725 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2726 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2727 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2728 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2729 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2730 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2731 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2732 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2733 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2734 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2735 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2736 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2737 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2738 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2739 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2740 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2741 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2742 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2743 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2744 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2745 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2746 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2747 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2748 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2749 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2750 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2751 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2752 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2753 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2754 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2755 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2756 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2757 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2758 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2759 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2760 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2761 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2762 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2763 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2764 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2765 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2766 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2767 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2768 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2769 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2770 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2771 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2772 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2773 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2774 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2775 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2776 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2777 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2778 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2779 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2780 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2781 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2782 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2783 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2784 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2785 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2786 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2787 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2788 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2789 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2790 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2791 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2792 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2793 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2794 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2795 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2796 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2797 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2798 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2799 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2800 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2801 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2802 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2803 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2804 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2805 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2806 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2807 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2808 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2809 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2810 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2811 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2812 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2813 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2814 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2815 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2816 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2817 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2818 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2819 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2820 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2821 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2822 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2823 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2824 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2825 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2826 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2827 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2828 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2829 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2830 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2831 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2832 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2833 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2834 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2835 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2836 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2837 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2838 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2839 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2840 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2841 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2842 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2843 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2844 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2845 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2846 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2847 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2848 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2849 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2850 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2851 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2852 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2853 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2854 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2855 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2856 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2857 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2858 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2859 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2860 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2861 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2862 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2863 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2864 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2865 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2866 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2867 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2868 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2869 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2870 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2871 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2872 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2873 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2874 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2875 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2876 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2877 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2878 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2879 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2880 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2881 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2882 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2883 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2884 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2885 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2886 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2887 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2888 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2889 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2890 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2891 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2892 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2893 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2894 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2895 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2896 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2897 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2898 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2899 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2900 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2901 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2902 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2903 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2904 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2905 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2906 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2907 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2908 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2909 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2910 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2911 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2912 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2913 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2914 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2915 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2916 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2917 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2918 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2919 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2920 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2921 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2922 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2923 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2924 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2925 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2926 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2927 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2928 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2929 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2930 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2931 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2932 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2933 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2934 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2935 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2936 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2937 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2938 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2939 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2940 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2941 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2942 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2943 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2944 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2945 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2946 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2947 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2948 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2949 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2950 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2951 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2952 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2953 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2954 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2955 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2956 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2957 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2958 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2959 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2960 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2961 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2962 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2963 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2964 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2965 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2966 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2967 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2968 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2969 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2970 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2971 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2972 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2973 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2974 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2975 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2976 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2977 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2978 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2979 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2980 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2981 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2982 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2983 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2984 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2985 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2986 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2987 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2988 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2989 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2990 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2991 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2992 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2993 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2994 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2995 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2996 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2997 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2998 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $f2999 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func (export "run") (result i32)
    i32.const 0
    call $f0
    call $f1
    call $f2
    call $f3
    call $f4
    call $f5
    call $f6
    call $f7
    call $f8
    call $f9
    call $f10
    call $f11
    call $f12
    call $f13
    call $f14
    call $f15
    call $f16
    call $f17
    call $f18
    call $f19
    call $f20
    call $f21
    call $f22
    call $f23
    call $f24
    call $f25
    call $f26
    call $f27
    call $f28
    call $f29
    call $f30
    call $f31
    call $f32
    call $f33
    call $f34
    call $f35
    call $f36
    call $f37
    call $f38
    call $f39
    call $f40
    call $f41
    call $f42
    call $f43
    call $f44
    call $f45
    call $f46
    call $f47
    call $f48
    call $f49
    call $f50
    call $f51
    call $f52
    call $f53
    call $f54
    call $f55
    call $f56
    call $f57
    call $f58
    call $f59
    call $f60
    call $f61
    call $f62
    call $f63
    call $f64
    call $f65
    call $f66
    call $f67
    call $f68
    call $f69
    call $f70
    call $f71
    call $f72
    call $f73
    call $f74
    call $f75
    call $f76
    call $f77
    call $f78
    call $f79
    call $f80
    call $f81
    call $f82
    call $f83
    call $f84
    call $f85
    call $f86
    call $f87
    call $f88
    call $f89
    call $f90
    call $f91
    call $f92
    call $f93
    call $f94
    call $f95
    call $f96
    call $f97
    call $f98
    call $f99
    call $f100
    call $f101
    call $f102
    call $f103
    call $f104
    call $f105
    call $f106
    call $f107
    call $f108
    call $f109
    call $f110
    call $f111
    call $f112
    call $f113
    call $f114
    call $f115
    call $f116
    call $f117
    call $f118
    call $f119
    call $f120
    call $f121
    call $f122
    call $f123
    call $f124
    call $f125
    call $f126
    call $f127
    call $f128
    call $f129
    call $f130
    call $f131
    call $f132
    call $f133
    call $f134
    call $f135
    call $f136
    call $f137
    call $f138
    call $f139
    call $f140
    call $f141
    call $f142
    call $f143
    call $f144
    call $f145
    call $f146
    call $f147
    call $f148
    call $f149
    call $f150
    call $f151
    call $f152
    call $f153
    call $f154
    call $f155
    call $f156
    call $f157
    call $f158
    call $f159
    call $f160
    call $f161
    call $f162
    call $f163
    call $f164
    call $f165
    call $f166
    call $f167
    call $f168
    call $f169
    call $f170
    call $f171
    call $f172
    call $f173
    call $f174
    call $f175
    call $f176
    call $f177
    call $f178
    call $f179
    call $f180
    call $f181
    call $f182
    call $f183
    call $f184
    call $f185
    call $f186
    call $f187
    call $f188
    call $f189
    call $f190
    call $f191
    call $f192
    call $f193
    call $f194
    call $f195
    call $f196
    call $f197
    call $f198
    call $f199
    call $f200
    call $f201
    call $f202
    call $f203
    call $f204
    call $f205
    call $f206
    call $f207
    call $f208
    call $f209
    call $f210
    call $f211
    call $f212
    call $f213
    call $f214
    call $f215
    call $f216
    call $f217
    call $f218
    call $f219
    call $f220
    call $f221
    call $f222
    call $f223
    call $f224
    call $f225
    call $f226
    call $f227
    call $f228
    call $f229
    call $f230
    call $f231
    call $f232
    call $f233
    call $f234
    call $f235
    call $f236
    call $f237
    call $f238
    call $f239
    call $f240
    call $f241
    call $f242
    call $f243
    call $f244
    call $f245
    call $f246
    call $f247
    call $f248
    call $f249
    call $f250
    call $f251
    call $f252
    call $f253
    call $f254
    call $f255
    call $f256
    call $f257
    call $f258
    call $f259
    call $f260
    call $f261
    call $f262
    call $f263
    call $f264
    call $f265
    call $f266
    call $f267
    call $f268
    call $f269
    call $f270
    call $f271
    call $f272
    call $f273
    call $f274
    call $f275
    call $f276
    call $f277
    call $f278
    call $f279
    call $f280
    call $f281
    call $f282
    call $f283
    call $f284
    call $f285
    call $f286
    call $f287
    call $f288
    call $f289
    call $f290
    call $f291
    call $f292
    call $f293
    call $f294
    call $f295
    call $f296
    call $f297
    call $f298
    call $f299
    call $f300
    call $f301
    call $f302
    call $f303
    call $f304
    call $f305
    call $f306
    call $f307
    call $f308
    call $f309
    call $f310
    call $f311
    call $f312
    call $f313
    call $f314
    call $f315
    call $f316
    call $f317
    call $f318
    call $f319
    call $f320
    call $f321
    call $f322
    call $f323
    call $f324
    call $f325
    call $f326
    call $f327
    call $f328
    call $f329
    call $f330
    call $f331
    call $f332
    call $f333
    call $f334
    call $f335
    call $f336
    call $f337
    call $f338
    call $f339
    call $f340
    call $f341
    call $f342
    call $f343
    call $f344
    call $f345
    call $f346
    call $f347
    call $f348
    call $f349
    call $f350
    call $f351
    call $f352
    call $f353
    call $f354
    call $f355
    call $f356
    call $f357
    call $f358
    call $f359
    call $f360
    call $f361
    call $f362
    call $f363
    call $f364
    call $f365
    call $f366
    call $f367
    call $f368
    call $f369
    call $f370
    call $f371
    call $f372
    call $f373
    call $f374
    call $f375
    call $f376
    call $f377
    call $f378
    call $f379
    call $f380
    call $f381
    call $f382
    call $f383
    call $f384
    call $f385
    call $f386
    call $f387
    call $f388
    call $f389
    call $f390
    call $f391
    call $f392
    call $f393
    call $f394
    call $f395
    call $f396
    call $f397
    call $f398
    call $f399
    call $f400
    call $f401
    call $f402
    call $f403
    call $f404
    call $f405
    call $f406
    call $f407
    call $f408
    call $f409
    call $f410
    call $f411
    call $f412
    call $f413
    call $f414
    call $f415
    call $f416
    call $f417
    call $f418
    call $f419
    call $f420
    call $f421
    call $f422
    call $f423
    call $f424
    call $f425
    call $f426
    call $f427
    call $f428
    call $f429
    call $f430
    call $f431
    call $f432
    call $f433
    call $f434
    call $f435
    call $f436
    call $f437
    call $f438
    call $f439
    call $f440
    call $f441
    call $f442
    call $f443
    call $f444
    call $f445
    call $f446
    call $f447
    call $f448
    call $f449
    call $f450
    call $f451
    call $f452
    call $f453
    call $f454
    call $f455
    call $f456
    call $f457
    call $f458
    call $f459
    call $f460
    call $f461
    call $f462
    call $f463
    call $f464
    call $f465
    call $f466
    call $f467
    call $f468
    call $f469
    call $f470
    call $f471
    call $f472
    call $f473
    call $f474
    call $f475
    call $f476
    call $f477
    call $f478
    call $f479
    call $f480
    call $f481
    call $f482
    call $f483
    call $f484
    call $f485
    call $f486
    call $f487
    call $f488
    call $f489
    call $f490
    call $f491
    call $f492
    call $f493
    call $f494
    call $f495
    call $f496
    call $f497
    call $f498
    call $f499
    call $f500
    call $f501
    call $f502
    call $f503
    call $f504
    call $f505
    call $f506
    call $f507
    call $f508
    call $f509
    call $f510
    call $f511
    call $f512
    call $f513
    call $f514
    call $f515
    call $f516
    call $f517
    call $f518
    call $f519
    call $f520
    call $f521
    call $f522
    call $f523
    call $f524
    call $f525
    call $f526
    call $f527
    call $f528
    call $f529
    call $f530
    call $f531
    call $f532
    call $f533
    call $f534
    call $f535
    call $f536
    call $f537
    call $f538
    call $f539
    call $f540
    call $f541
    call $f542
    call $f543
    call $f544
    call $f545
    call $f546
    call $f547
    call $f548
    call $f549
    call $f550
    call $f551
    call $f552
    call $f553
    call $f554
    call $f555
    call $f556
    call $f557
    call $f558
    call $f559
    call $f560
    call $f561
    call $f562
    call $f563
    call $f564
    call $f565
    call $f566
    call $f567
    call $f568
    call $f569
    call $f570
    call $f571
    call $f572
    call $f573
    call $f574
    call $f575
    call $f576
    call $f577
    call $f578
    call $f579
    call $f580
    call $f581
    call $f582
    call $f583
    call $f584
    call $f585
    call $f586
    call $f587
    call $f588
    call $f589
    call $f590
    call $f591
    call $f592
    call $f593
    call $f594
    call $f595
    call $f596
    call $f597
    call $f598
    call $f599
    call $f600
    call $f601
    call $f602
    call $f603
    call $f604
    call $f605
    call $f606
    call $f607
    call $f608
    call $f609
    call $f610
    call $f611
    call $f612
    call $f613
    call $f614
    call $f615
    call $f616
    call $f617
    call $f618
    call $f619
    call $f620
    call $f621
    call $f622
    call $f623
    call $f624
    call $f625
    call $f626
    call $f627
    call $f628
    call $f629
    call $f630
    call $f631
    call $f632
    call $f633
    call $f634
    call $f635
    call $f636
    call $f637
    call $f638
    call $f639
    call $f640
    call $f641
    call $f642
    call $f643
    call $f644
    call $f645
    call $f646
    call $f647
    call $f648
    call $f649
    call $f650
    call $f651
    call $f652
    call $f653
    call $f654
    call $f655
    call $f656
    call $f657
    call $f658
    call $f659
    call $f660
    call $f661
    call $f662
    call $f663
    call $f664
    call $f665
    call $f666
    call $f667
    call $f668
    call $f669
    call $f670
    call $f671
    call $f672
    call $f673
    call $f674
    call $f675
    call $f676
    call $f677
    call $f678
    call $f679
    call $f680
    call $f681
    call $f682
    call $f683
    call $f684
    call $f685
    call $f686
    call $f687
    call $f688
    call $f689
    call $f690
    call $f691
    call $f692
    call $f693
    call $f694
    call $f695
    call $f696
    call $f697
    call $f698
    call $f699
    call $f700
    call $f701
    call $f702
    call $f703
    call $f704
    call $f705
    call $f706
    call $f707
    call $f708
    call $f709
    call $f710
    call $f711
    call $f712
    call $f713
    call $f714
    call $f715
    call $f716
    call $f717
    call $f718
    call $f719
    call $f720
    call $f721
    call $f722
    call $f723
    call $f724
    call $f725
    call $f726
    call $f727
    call $f728
    call $f729
    call $f730
    call $f731
    call $f732
    call $f733
    call $f734
    call $f735
    call $f736
    call $f737
    call $f738
    call $f739
    call $f740
    call $f741
    call $f742
    call $f743
    call $f744
    call $f745
    call $f746
    call $f747
    call $f748
    call $f749
    call $f750
    call $f751
    call $f752
    call $f753
    call $f754
    call $f755
    call $f756
    call $f757
    call $f758
    call $f759
    call $f760
    call $f761
    call $f762
    call $f763
    call $f764
    call $f765
    call $f766
    call $f767
    call $f768
    call $f769
    call $f770
    call $f771
    call $f772
    call $f773
    call $f774
    call $f775
    call $f776
    call $f777
    call $f778
    call $f779
    call $f780
    call $f781
    call $f782
    call $f783
    call $f784
    call $f785
    call $f786
    call $f787
    call $f788
    call $f789
    call $f790
    call $f791
    call $f792
    call $f793
    call $f794
    call $f795
    call $f796
    call $f797
    call $f798
    call $f799
    call $f800
    call $f801
    call $f802
    call $f803
    call $f804
    call $f805
    call $f806
    call $f807
    call $f808
    call $f809
    call $f810
    call $f811
    call $f812
    call $f813
    call $f814
    call $f815
    call $f816
    call $f817
    call $f818
    call $f819
    call $f820
    call $f821
    call $f822
    call $f823
    call $f824
    call $f825
    call $f826
    call $f827
    call $f828
    call $f829
    call $f830
    call $f831
    call $f832
    call $f833
    call $f834
    call $f835
    call $f836
    call $f837
    call $f838
    call $f839
    call $f840
    call $f841
    call $f842
    call $f843
    call $f844
    call $f845
    call $f846
    call $f847
    call $f848
    call $f849
    call $f850
    call $f851
    call $f852
    call $f853
    call $f854
    call $f855
    call $f856
    call $f857
    call $f858
    call $f859
    call $f860
    call $f861
    call $f862
    call $f863
    call $f864
    call $f865
    call $f866
    call $f867
    call $f868
    call $f869
    call $f870
    call $f871
    call $f872
    call $f873
    call $f874
    call $f875
    call $f876
    call $f877
    call $f878
    call $f879
    call $f880
    call $f881
    call $f882
    call $f883
    call $f884
    call $f885
    call $f886
    call $f887
    call $f888
    call $f889
    call $f890
    call $f891
    call $f892
    call $f893
    call $f894
    call $f895
    call $f896
    call $f897
    call $f898
    call $f899
    call $f900
    call $f901
    call $f902
    call $f903
    call $f904
    call $f905
    call $f906
    call $f907
    call $f908
    call $f909
    call $f910
    call $f911
    call $f912
    call $f913
    call $f914
    call $f915
    call $f916
    call $f917
    call $f918
    call $f919
    call $f920
    call $f921
    call $f922
    call $f923
    call $f924
    call $f925
    call $f926
    call $f927
    call $f928
    call $f929
    call $f930
    call $f931
    call $f932
    call $f933
    call $f934
    call $f935
    call $f936
    call $f937
    call $f938
    call $f939
    call $f940
    call $f941
    call $f942
    call $f943
    call $f944
    call $f945
    call $f946
    call $f947
    call $f948
    call $f949
    call $f950
    call $f951
    call $f952
    call $f953
    call $f954
    call $f955
    call $f956
    call $f957
    call $f958
    call $f959
    call $f960
    call $f961
    call $f962
    call $f963
    call $f964
    call $f965
    call $f966
    call $f967
    call $f968
    call $f969
    call $f970
    call $f971
    call $f972
    call $f973
    call $f974
    call $f975
    call $f976
    call $f977
    call $f978
    call $f979
    call $f980
    call $f981
    call $f982
    call $f983
    call $f984
    call $f985
    call $f986
    call $f987
    call $f988
    call $f989
    call $f990
    call $f991
    call $f992
    call $f993
    call $f994
    call $f995
    call $f996
    call $f997
    call $f998
    call $f999
    call $f1000
    call $f1001
    call $f1002
    call $f1003
    call $f1004
    call $f1005
    call $f1006
    call $f1007
    call $f1008
    call $f1009
    call $f1010
    call $f1011
    call $f1012
    call $f1013
    call $f1014
    call $f1015
    call $f1016
    call $f1017
    call $f1018
    call $f1019
    call $f1020
    call $f1021
    call $f1022
    call $f1023
    call $f1024
    call $f1025
    call $f1026
    call $f1027
    call $f1028
    call $f1029
    call $f1030
    call $f1031
    call $f1032
    call $f1033
    call $f1034
    call $f1035
    call $f1036
    call $f1037
    call $f1038
    call $f1039
    call $f1040
    call $f1041
    call $f1042
    call $f1043
    call $f1044
    call $f1045
    call $f1046
    call $f1047
    call $f1048
    call $f1049
    call $f1050
    call $f1051
    call $f1052
    call $f1053
    call $f1054
    call $f1055
    call $f1056
    call $f1057
    call $f1058
    call $f1059
    call $f1060
    call $f1061
    call $f1062
    call $f1063
    call $f1064
    call $f1065
    call $f1066
    call $f1067
    call $f1068
    call $f1069
    call $f1070
    call $f1071
    call $f1072
    call $f1073
    call $f1074
    call $f1075
    call $f1076
    call $f1077
    call $f1078
    call $f1079
    call $f1080
    call $f1081
    call $f1082
    call $f1083
    call $f1084
    call $f1085
    call $f1086
    call $f1087
    call $f1088
    call $f1089
    call $f1090
    call $f1091
    call $f1092
    call $f1093
    call $f1094
    call $f1095
    call $f1096
    call $f1097
    call $f1098
    call $f1099
    call $f1100
    call $f1101
    call $f1102
    call $f1103
    call $f1104
    call $f1105
    call $f1106
    call $f1107
    call $f1108
    call $f1109
    call $f1110
    call $f1111
    call $f1112
    call $f1113
    call $f1114
    call $f1115
    call $f1116
    call $f1117
    call $f1118
    call $f1119
    call $f1120
    call $f1121
    call $f1122
    call $f1123
    call $f1124
    call $f1125
    call $f1126
    call $f1127
    call $f1128
    call $f1129
    call $f1130
    call $f1131
    call $f1132
    call $f1133
    call $f1134
    call $f1135
    call $f1136
    call $f1137
    call $f1138
    call $f1139
    call $f1140
    call $f1141
    call $f1142
    call $f1143
    call $f1144
    call $f1145
    call $f1146
    call $f1147
    call $f1148
    call $f1149
    call $f1150
    call $f1151
    call $f1152
    call $f1153
    call $f1154
    call $f1155
    call $f1156
    call $f1157
    call $f1158
    call $f1159
    call $f1160
    call $f1161
    call $f1162
    call $f1163
    call $f1164
    call $f1165
    call $f1166
    call $f1167
    call $f1168
    call $f1169
    call $f1170
    call $f1171
    call $f1172
    call $f1173
    call $f1174
    call $f1175
    call $f1176
    call $f1177
    call $f1178
    call $f1179
    call $f1180
    call $f1181
    call $f1182
    call $f1183
    call $f1184
    call $f1185
    call $f1186
    call $f1187
    call $f1188
    call $f1189
    call $f1190
    call $f1191
    call $f1192
    call $f1193
    call $f1194
    call $f1195
    call $f1196
    call $f1197
    call $f1198
    call $f1199
    call $f1200
    call $f1201
    call $f1202
    call $f1203
    call $f1204
    call $f1205
    call $f1206
    call $f1207
    call $f1208
    call $f1209
    call $f1210
    call $f1211
    call $f1212
    call $f1213
    call $f1214
    call $f1215
    call $f1216
    call $f1217
    call $f1218
    call $f1219
    call $f1220
    call $f1221
    call $f1222
    call $f1223
    call $f1224
    call $f1225
    call $f1226
    call $f1227
    call $f1228
    call $f1229
    call $f1230
    call $f1231
    call $f1232
    call $f1233
    call $f1234
    call $f1235
    call $f1236
    call $f1237
    call $f1238
    call $f1239
    call $f1240
    call $f1241
    call $f1242
    call $f1243
    call $f1244
    call $f1245
    call $f1246
    call $f1247
    call $f1248
    call $f1249
    call $f1250
    call $f1251
    call $f1252
    call $f1253
    call $f1254
    call $f1255
    call $f1256
    call $f1257
    call $f1258
    call $f1259
    call $f1260
    call $f1261
    call $f1262
    call $f1263
    call $f1264
    call $f1265
    call $f1266
    call $f1267
    call $f1268
    call $f1269
    call $f1270
    call $f1271
    call $f1272
    call $f1273
    call $f1274
    call $f1275
    call $f1276
    call $f1277
    call $f1278
    call $f1279
    call $f1280
    call $f1281
    call $f1282
    call $f1283
    call $f1284
    call $f1285
    call $f1286
    call $f1287
    call $f1288
    call $f1289
    call $f1290
    call $f1291
    call $f1292
    call $f1293
    call $f1294
    call $f1295
    call $f1296
    call $f1297
    call $f1298
    call $f1299
    call $f1300
    call $f1301
    call $f1302
    call $f1303
    call $f1304
    call $f1305
    call $f1306
    call $f1307
    call $f1308
    call $f1309
    call $f1310
    call $f1311
    call $f1312
    call $f1313
    call $f1314
    call $f1315
    call $f1316
    call $f1317
    call $f1318
    call $f1319
    call $f1320
    call $f1321
    call $f1322
    call $f1323
    call $f1324
    call $f1325
    call $f1326
    call $f1327
    call $f1328
    call $f1329
    call $f1330
    call $f1331
    call $f1332
    call $f1333
    call $f1334
    call $f1335
    call $f1336
    call $f1337
    call $f1338
    call $f1339
    call $f1340
    call $f1341
    call $f1342
    call $f1343
    call $f1344
    call $f1345
    call $f1346
    call $f1347
    call $f1348
    call $f1349
    call $f1350
    call $f1351
    call $f1352
    call $f1353
    call $f1354
    call $f1355
    call $f1356
    call $f1357
    call $f1358
    call $f1359
    call $f1360
    call $f1361
    call $f1362
    call $f1363
    call $f1364
    call $f1365
    call $f1366
    call $f1367
    call $f1368
    call $f1369
    call $f1370
    call $f1371
    call $f1372
    call $f1373
    call $f1374
    call $f1375
    call $f1376
    call $f1377
    call $f1378
    call $f1379
    call $f1380
    call $f1381
    call $f1382
    call $f1383
    call $f1384
    call $f1385
    call $f1386
    call $f1387
    call $f1388
    call $f1389
    call $f1390
    call $f1391
    call $f1392
    call $f1393
    call $f1394
    call $f1395
    call $f1396
    call $f1397
    call $f1398
    call $f1399
    call $f1400
    call $f1401
    call $f1402
    call $f1403
    call $f1404
    call $f1405
    call $f1406
    call $f1407
    call $f1408
    call $f1409
    call $f1410
    call $f1411
    call $f1412
    call $f1413
    call $f1414
    call $f1415
    call $f1416
    call $f1417
    call $f1418
    call $f1419
    call $f1420
    call $f1421
    call $f1422
    call $f1423
    call $f1424
    call $f1425
    call $f1426
    call $f1427
    call $f1428
    call $f1429
    call $f1430
    call $f1431
    call $f1432
    call $f1433
    call $f1434
    call $f1435
    call $f1436
    call $f1437
    call $f1438
    call $f1439
    call $f1440
    call $f1441
    call $f1442
    call $f1443
    call $f1444
    call $f1445
    call $f1446
    call $f1447
    call $f1448
    call $f1449
    call $f1450
    call $f1451
    call $f1452
    call $f1453
    call $f1454
    call $f1455
    call $f1456
    call $f1457
    call $f1458
    call $f1459
    call $f1460
    call $f1461
    call $f1462
    call $f1463
    call $f1464
    call $f1465
    call $f1466
    call $f1467
    call $f1468
    call $f1469
    call $f1470
    call $f1471
    call $f1472
    call $f1473
    call $f1474
    call $f1475
    call $f1476
    call $f1477
    call $f1478
    call $f1479
    call $f1480
    call $f1481
    call $f1482
    call $f1483
    call $f1484
    call $f1485
    call $f1486
    call $f1487
    call $f1488
    call $f1489
    call $f1490
    call $f1491
    call $f1492
    call $f1493
    call $f1494
    call $f1495
    call $f1496
    call $f1497
    call $f1498
    call $f1499
    call $f1500
    call $f1501
    call $f1502
    call $f1503
    call $f1504
    call $f1505
    call $f1506
    call $f1507
    call $f1508
    call $f1509
    call $f1510
    call $f1511
    call $f1512
    call $f1513
    call $f1514
    call $f1515
    call $f1516
    call $f1517
    call $f1518
    call $f1519
    call $f1520
    call $f1521
    call $f1522
    call $f1523
    call $f1524
    call $f1525
    call $f1526
    call $f1527
    call $f1528
    call $f1529
    call $f1530
    call $f1531
    call $f1532
    call $f1533
    call $f1534
    call $f1535
    call $f1536
    call $f1537
    call $f1538
    call $f1539
    call $f1540
    call $f1541
    call $f1542
    call $f1543
    call $f1544
    call $f1545
    call $f1546
    call $f1547
    call $f1548
    call $f1549
    call $f1550
    call $f1551
    call $f1552
    call $f1553
    call $f1554
    call $f1555
    call $f1556
    call $f1557
    call $f1558
    call $f1559
    call $f1560
    call $f1561
    call $f1562
    call $f1563
    call $f1564
    call $f1565
    call $f1566
    call $f1567
    call $f1568
    call $f1569
    call $f1570
    call $f1571
    call $f1572
    call $f1573
    call $f1574
    call $f1575
    call $f1576
    call $f1577
    call $f1578
    call $f1579
    call $f1580
    call $f1581
    call $f1582
    call $f1583
    call $f1584
    call $f1585
    call $f1586
    call $f1587
    call $f1588
    call $f1589
    call $f1590
    call $f1591
    call $f1592
    call $f1593
    call $f1594
    call $f1595
    call $f1596
    call $f1597
    call $f1598
    call $f1599
    call $f1600
    call $f1601
    call $f1602
    call $f1603
    call $f1604
    call $f1605
    call $f1606
    call $f1607
    call $f1608
    call $f1609
    call $f1610
    call $f1611
    call $f1612
    call $f1613
    call $f1614
    call $f1615
    call $f1616
    call $f1617
    call $f1618
    call $f1619
    call $f1620
    call $f1621
    call $f1622
    call $f1623
    call $f1624
    call $f1625
    call $f1626
    call $f1627
    call $f1628
    call $f1629
    call $f1630
    call $f1631
    call $f1632
    call $f1633
    call $f1634
    call $f1635
    call $f1636
    call $f1637
    call $f1638
    call $f1639
    call $f1640
    call $f1641
    call $f1642
    call $f1643
    call $f1644
    call $f1645
    call $f1646
    call $f1647
    call $f1648
    call $f1649
    call $f1650
    call $f1651
    call $f1652
    call $f1653
    call $f1654
    call $f1655
    call $f1656
    call $f1657
    call $f1658
    call $f1659
    call $f1660
    call $f1661
    call $f1662
    call $f1663
    call $f1664
    call $f1665
    call $f1666
    call $f1667
    call $f1668
    call $f1669
    call $f1670
    call $f1671
    call $f1672
    call $f1673
    call $f1674
    call $f1675
    call $f1676
    call $f1677
    call $f1678
    call $f1679
    call $f1680
    call $f1681
    call $f1682
    call $f1683
    call $f1684
    call $f1685
    call $f1686
    call $f1687
    call $f1688
    call $f1689
    call $f1690
    call $f1691
    call $f1692
    call $f1693
    call $f1694
    call $f1695
    call $f1696
    call $f1697
    call $f1698
    call $f1699
    call $f1700
    call $f1701
    call $f1702
    call $f1703
    call $f1704
    call $f1705
    call $f1706
    call $f1707
    call $f1708
    call $f1709
    call $f1710
    call $f1711
    call $f1712
    call $f1713
    call $f1714
    call $f1715
    call $f1716
    call $f1717
    call $f1718
    call $f1719
    call $f1720
    call $f1721
    call $f1722
    call $f1723
    call $f1724
    call $f1725
    call $f1726
    call $f1727
    call $f1728
    call $f1729
    call $f1730
    call $f1731
    call $f1732
    call $f1733
    call $f1734
    call $f1735
    call $f1736
    call $f1737
    call $f1738
    call $f1739
    call $f1740
    call $f1741
    call $f1742
    call $f1743
    call $f1744
    call $f1745
    call $f1746
    call $f1747
    call $f1748
    call $f1749
    call $f1750
    call $f1751
    call $f1752
    call $f1753
    call $f1754
    call $f1755
    call $f1756
    call $f1757
    call $f1758
    call $f1759
    call $f1760
    call $f1761
    call $f1762
    call $f1763
    call $f1764
    call $f1765
    call $f1766
    call $f1767
    call $f1768
    call $f1769
    call $f1770
    call $f1771
    call $f1772
    call $f1773
    call $f1774
    call $f1775
    call $f1776
    call $f1777
    call $f1778
    call $f1779
    call $f1780
    call $f1781
    call $f1782
    call $f1783
    call $f1784
    call $f1785
    call $f1786
    call $f1787
    call $f1788
    call $f1789
    call $f1790
    call $f1791
    call $f1792
    call $f1793
    call $f1794
    call $f1795
    call $f1796
    call $f1797
    call $f1798
    call $f1799
    call $f1800
    call $f1801
    call $f1802
    call $f1803
    call $f1804
    call $f1805
    call $f1806
    call $f1807
    call $f1808
    call $f1809
    call $f1810
    call $f1811
    call $f1812
    call $f1813
    call $f1814
    call $f1815
    call $f1816
    call $f1817
    call $f1818
    call $f1819
    call $f1820
    call $f1821
    call $f1822
    call $f1823
    call $f1824
    call $f1825
    call $f1826
    call $f1827
    call $f1828
    call $f1829
    call $f1830
    call $f1831
    call $f1832
    call $f1833
    call $f1834
    call $f1835
    call $f1836
    call $f1837
    call $f1838
    call $f1839
    call $f1840
    call $f1841
    call $f1842
    call $f1843
    call $f1844
    call $f1845
    call $f1846
    call $f1847
    call $f1848
    call $f1849
    call $f1850
    call $f1851
    call $f1852
    call $f1853
    call $f1854
    call $f1855
    call $f1856
    call $f1857
    call $f1858
    call $f1859
    call $f1860
    call $f1861
    call $f1862
    call $f1863
    call $f1864
    call $f1865
    call $f1866
    call $f1867
    call $f1868
    call $f1869
    call $f1870
    call $f1871
    call $f1872
    call $f1873
    call $f1874
    call $f1875
    call $f1876
    call $f1877
    call $f1878
    call $f1879
    call $f1880
    call $f1881
    call $f1882
    call $f1883
    call $f1884
    call $f1885
    call $f1886
    call $f1887
    call $f1888
    call $f1889
    call $f1890
    call $f1891
    call $f1892
    call $f1893
    call $f1894
    call $f1895
    call $f1896
    call $f1897
    call $f1898
    call $f1899
    call $f1900
    call $f1901
    call $f1902
    call $f1903
    call $f1904
    call $f1905
    call $f1906
    call $f1907
    call $f1908
    call $f1909
    call $f1910
    call $f1911
    call $f1912
    call $f1913
    call $f1914
    call $f1915
    call $f1916
    call $f1917
    call $f1918
    call $f1919
    call $f1920
    call $f1921
    call $f1922
    call $f1923
    call $f1924
    call $f1925
    call $f1926
    call $f1927
    call $f1928
    call $f1929
    call $f1930
    call $f1931
    call $f1932
    call $f1933
    call $f1934
    call $f1935
    call $f1936
    call $f1937
    call $f1938
    call $f1939
    call $f1940
    call $f1941
    call $f1942
    call $f1943
    call $f1944
    call $f1945
    call $f1946
    call $f1947
    call $f1948
    call $f1949
    call $f1950
    call $f1951
    call $f1952
    call $f1953
    call $f1954
    call $f1955
    call $f1956
    call $f1957
    call $f1958
    call $f1959
    call $f1960
    call $f1961
    call $f1962
    call $f1963
    call $f1964
    call $f1965
    call $f1966
    call $f1967
    call $f1968
    call $f1969
    call $f1970
    call $f1971
    call $f1972
    call $f1973
    call $f1974
    call $f1975
    call $f1976
    call $f1977
    call $f1978
    call $f1979
    call $f1980
    call $f1981
    call $f1982
    call $f1983
    call $f1984
    call $f1985
    call $f1986
    call $f1987
    call $f1988
    call $f1989
    call $f1990
    call $f1991
    call $f1992
    call $f1993
    call $f1994
    call $f1995
    call $f1996
    call $f1997
    call $f1998
    call $f1999
    call $f2000
    call $f2001
    call $f2002
    call $f2003
    call $f2004
    call $f2005
    call $f2006
    call $f2007
    call $f2008
    call $f2009
    call $f2010
    call $f2011
    call $f2012
    call $f2013
    call $f2014
    call $f2015
    call $f2016
    call $f2017
    call $f2018
    call $f2019
    call $f2020
    call $f2021
    call $f2022
    call $f2023
    call $f2024
    call $f2025
    call $f2026
    call $f2027
    call $f2028
    call $f2029
    call $f2030
    call $f2031
    call $f2032
    call $f2033
    call $f2034
    call $f2035
    call $f2036
    call $f2037
    call $f2038
    call $f2039
    call $f2040
    call $f2041
    call $f2042
    call $f2043
    call $f2044
    call $f2045
    call $f2046
    call $f2047
    call $f2048
    call $f2049
    call $f2050
    call $f2051
    call $f2052
    call $f2053
    call $f2054
    call $f2055
    call $f2056
    call $f2057
    call $f2058
    call $f2059
    call $f2060
    call $f2061
    call $f2062
    call $f2063
    call $f2064
    call $f2065
    call $f2066
    call $f2067
    call $f2068
    call $f2069
    call $f2070
    call $f2071
    call $f2072
    call $f2073
    call $f2074
    call $f2075
    call $f2076
    call $f2077
    call $f2078
    call $f2079
    call $f2080
    call $f2081
    call $f2082
    call $f2083
    call $f2084
    call $f2085
    call $f2086
    call $f2087
    call $f2088
    call $f2089
    call $f2090
    call $f2091
    call $f2092
    call $f2093
    call $f2094
    call $f2095
    call $f2096
    call $f2097
    call $f2098
    call $f2099
    call $f2100
    call $f2101
    call $f2102
    call $f2103
    call $f2104
    call $f2105
    call $f2106
    call $f2107
    call $f2108
    call $f2109
    call $f2110
    call $f2111
    call $f2112
    call $f2113
    call $f2114
    call $f2115
    call $f2116
    call $f2117
    call $f2118
    call $f2119
    call $f2120
    call $f2121
    call $f2122
    call $f2123
    call $f2124
    call $f2125
    call $f2126
    call $f2127
    call $f2128
    call $f2129
    call $f2130
    call $f2131
    call $f2132
    call $f2133
    call $f2134
    call $f2135
    call $f2136
    call $f2137
    call $f2138
    call $f2139
    call $f2140
    call $f2141
    call $f2142
    call $f2143
    call $f2144
    call $f2145
    call $f2146
    call $f2147
    call $f2148
    call $f2149
    call $f2150
    call $f2151
    call $f2152
    call $f2153
    call $f2154
    call $f2155
    call $f2156
    call $f2157
    call $f2158
    call $f2159
    call $f2160
    call $f2161
    call $f2162
    call $f2163
    call $f2164
    call $f2165
    call $f2166
    call $f2167
    call $f2168
    call $f2169
    call $f2170
    call $f2171
    call $f2172
    call $f2173
    call $f2174
    call $f2175
    call $f2176
    call $f2177
    call $f2178
    call $f2179
    call $f2180
    call $f2181
    call $f2182
    call $f2183
    call $f2184
    call $f2185
    call $f2186
    call $f2187
    call $f2188
    call $f2189
    call $f2190
    call $f2191
    call $f2192
    call $f2193
    call $f2194
    call $f2195
    call $f2196
    call $f2197
    call $f2198
    call $f2199
    call $f2200
    call $f2201
    call $f2202
    call $f2203
    call $f2204
    call $f2205
    call $f2206
    call $f2207
    call $f2208
    call $f2209
    call $f2210
    call $f2211
    call $f2212
    call $f2213
    call $f2214
    call $f2215
    call $f2216
    call $f2217
    call $f2218
    call $f2219
    call $f2220
    call $f2221
    call $f2222
    call $f2223
    call $f2224
    call $f2225
    call $f2226
    call $f2227
    call $f2228
    call $f2229
    call $f2230
    call $f2231
    call $f2232
    call $f2233
    call $f2234
    call $f2235
    call $f2236
    call $f2237
    call $f2238
    call $f2239
    call $f2240
    call $f2241
    call $f2242
    call $f2243
    call $f2244
    call $f2245
    call $f2246
    call $f2247
    call $f2248
    call $f2249
    call $f2250
    call $f2251
    call $f2252
    call $f2253
    call $f2254
    call $f2255
    call $f2256
    call $f2257
    call $f2258
    call $f2259
    call $f2260
    call $f2261
    call $f2262
    call $f2263
    call $f2264
    call $f2265
    call $f2266
    call $f2267
    call $f2268
    call $f2269
    call $f2270
    call $f2271
    call $f2272
    call $f2273
    call $f2274
    call $f2275
    call $f2276
    call $f2277
    call $f2278
    call $f2279
    call $f2280
    call $f2281
    call $f2282
    call $f2283
    call $f2284
    call $f2285
    call $f2286
    call $f2287
    call $f2288
    call $f2289
    call $f2290
    call $f2291
    call $f2292
    call $f2293
    call $f2294
    call $f2295
    call $f2296
    call $f2297
    call $f2298
    call $f2299
    call $f2300
    call $f2301
    call $f2302
    call $f2303
    call $f2304
    call $f2305
    call $f2306
    call $f2307
    call $f2308
    call $f2309
    call $f2310
    call $f2311
    call $f2312
    call $f2313
    call $f2314
    call $f2315
    call $f2316
    call $f2317
    call $f2318
    call $f2319
    call $f2320
    call $f2321
    call $f2322
    call $f2323
    call $f2324
    call $f2325
    call $f2326
    call $f2327
    call $f2328
    call $f2329
    call $f2330
    call $f2331
    call $f2332
    call $f2333
    call $f2334
    call $f2335
    call $f2336
    call $f2337
    call $f2338
    call $f2339
    call $f2340
    call $f2341
    call $f2342
    call $f2343
    call $f2344
    call $f2345
    call $f2346
    call $f2347
    call $f2348
    call $f2349
    call $f2350
    call $f2351
    call $f2352
    call $f2353
    call $f2354
    call $f2355
    call $f2356
    call $f2357
    call $f2358
    call $f2359
    call $f2360
    call $f2361
    call $f2362
    call $f2363
    call $f2364
    call $f2365
    call $f2366
    call $f2367
    call $f2368
    call $f2369
    call $f2370
    call $f2371
    call $f2372
    call $f2373
    call $f2374
    call $f2375
    call $f2376
    call $f2377
    call $f2378
    call $f2379
    call $f2380
    call $f2381
    call $f2382
    call $f2383
    call $f2384
    call $f2385
    call $f2386
    call $f2387
    call $f2388
    call $f2389
    call $f2390
    call $f2391
    call $f2392
    call $f2393
    call $f2394
    call $f2395
    call $f2396
    call $f2397
    call $f2398
    call $f2399
    call $f2400
    call $f2401
    call $f2402
    call $f2403
    call $f2404
    call $f2405
    call $f2406
    call $f2407
    call $f2408
    call $f2409
    call $f2410
    call $f2411
    call $f2412
    call $f2413
    call $f2414
    call $f2415
    call $f2416
    call $f2417
    call $f2418
    call $f2419
    call $f2420
    call $f2421
    call $f2422
    call $f2423
    call $f2424
    call $f2425
    call $f2426
    call $f2427
    call $f2428
    call $f2429
    call $f2430
    call $f2431
    call $f2432
    call $f2433
    call $f2434
    call $f2435
    call $f2436
    call $f2437
    call $f2438
    call $f2439
    call $f2440
    call $f2441
    call $f2442
    call $f2443
    call $f2444
    call $f2445
    call $f2446
    call $f2447
    call $f2448
    call $f2449
    call $f2450
    call $f2451
    call $f2452
    call $f2453
    call $f2454
    call $f2455
    call $f2456
    call $f2457
    call $f2458
    call $f2459
    call $f2460
    call $f2461
    call $f2462
    call $f2463
    call $f2464
    call $f2465
    call $f2466
    call $f2467
    call $f2468
    call $f2469
    call $f2470
    call $f2471
    call $f2472
    call $f2473
    call $f2474
    call $f2475
    call $f2476
    call $f2477
    call $f2478
    call $f2479
    call $f2480
    call $f2481
    call $f2482
    call $f2483
    call $f2484
    call $f2485
    call $f2486
    call $f2487
    call $f2488
    call $f2489
    call $f2490
    call $f2491
    call $f2492
    call $f2493
    call $f2494
    call $f2495
    call $f2496
    call $f2497
    call $f2498
    call $f2499
    call $f2500
    call $f2501
    call $f2502
    call $f2503
    call $f2504
    call $f2505
    call $f2506
    call $f2507
    call $f2508
    call $f2509
    call $f2510
    call $f2511
    call $f2512
    call $f2513
    call $f2514
    call $f2515
    call $f2516
    call $f2517
    call $f2518
    call $f2519
    call $f2520
    call $f2521
    call $f2522
    call $f2523
    call $f2524
    call $f2525
    call $f2526
    call $f2527
    call $f2528
    call $f2529
    call $f2530
    call $f2531
    call $f2532
    call $f2533
    call $f2534
    call $f2535
    call $f2536
    call $f2537
    call $f2538
    call $f2539
    call $f2540
    call $f2541
    call $f2542
    call $f2543
    call $f2544
    call $f2545
    call $f2546
    call $f2547
    call $f2548
    call $f2549
    call $f2550
    call $f2551
    call $f2552
    call $f2553
    call $f2554
    call $f2555
    call $f2556
    call $f2557
    call $f2558
    call $f2559
    call $f2560
    call $f2561
    call $f2562
    call $f2563
    call $f2564
    call $f2565
    call $f2566
    call $f2567
    call $f2568
    call $f2569
    call $f2570
    call $f2571
    call $f2572
    call $f2573
    call $f2574
    call $f2575
    call $f2576
    call $f2577
    call $f2578
    call $f2579
    call $f2580
    call $f2581
    call $f2582
    call $f2583
    call $f2584
    call $f2585
    call $f2586
    call $f2587
    call $f2588
    call $f2589
    call $f2590
    call $f2591
    call $f2592
    call $f2593
    call $f2594
    call $f2595
    call $f2596
    call $f2597
    call $f2598
    call $f2599
    call $f2600
    call $f2601
    call $f2602
    call $f2603
    call $f2604
    call $f2605
    call $f2606
    call $f2607
    call $f2608
    call $f2609
    call $f2610
    call $f2611
    call $f2612
    call $f2613
    call $f2614
    call $f2615
    call $f2616
    call $f2617
    call $f2618
    call $f2619
    call $f2620
    call $f2621
    call $f2622
    call $f2623
    call $f2624
    call $f2625
    call $f2626
    call $f2627
    call $f2628
    call $f2629
    call $f2630
    call $f2631
    call $f2632
    call $f2633
    call $f2634
    call $f2635
    call $f2636
    call $f2637
    call $f2638
    call $f2639
    call $f2640
    call $f2641
    call $f2642
    call $f2643
    call $f2644
    call $f2645
    call $f2646
    call $f2647
    call $f2648
    call $f2649
    call $f2650
    call $f2651
    call $f2652
    call $f2653
    call $f2654
    call $f2655
    call $f2656
    call $f2657
    call $f2658
    call $f2659
    call $f2660
    call $f2661
    call $f2662
    call $f2663
    call $f2664
    call $f2665
    call $f2666
    call $f2667
    call $f2668
    call $f2669
    call $f2670
    call $f2671
    call $f2672
    call $f2673
    call $f2674
    call $f2675
    call $f2676
    call $f2677
    call $f2678
    call $f2679
    call $f2680
    call $f2681
    call $f2682
    call $f2683
    call $f2684
    call $f2685
    call $f2686
    call $f2687
    call $f2688
    call $f2689
    call $f2690
    call $f2691
    call $f2692
    call $f2693
    call $f2694
    call $f2695
    call $f2696
    call $f2697
    call $f2698
    call $f2699
    call $f2700
    call $f2701
    call $f2702
    call $f2703
    call $f2704
    call $f2705
    call $f2706
    call $f2707
    call $f2708
    call $f2709
    call $f2710
    call $f2711
    call $f2712
    call $f2713
    call $f2714
    call $f2715
    call $f2716
    call $f2717
    call $f2718
    call $f2719
    call $f2720
    call $f2721
    call $f2722
    call $f2723
    call $f2724
    call $f2725
    call $f2726
    call $f2727
    call $f2728
    call $f2729
    call $f2730
    call $f2731
    call $f2732
    call $f2733
    call $f2734
    call $f2735
    call $f2736
    call $f2737
    call $f2738
    call $f2739
    call $f2740
    call $f2741
    call $f2742
    call $f2743
    call $f2744
    call $f2745
    call $f2746
    call $f2747
    call $f2748
    call $f2749
    call $f2750
    call $f2751
    call $f2752
    call $f2753
    call $f2754
    call $f2755
    call $f2756
    call $f2757
    call $f2758
    call $f2759
    call $f2760
    call $f2761
    call $f2762
    call $f2763
    call $f2764
    call $f2765
    call $f2766
    call $f2767
    call $f2768
    call $f2769
    call $f2770
    call $f2771
    call $f2772
    call $f2773
    call $f2774
    call $f2775
    call $f2776
    call $f2777
    call $f2778
    call $f2779
    call $f2780
    call $f2781
    call $f2782
    call $f2783
    call $f2784
    call $f2785
    call $f2786
    call $f2787
    call $f2788
    call $f2789
    call $f2790
    call $f2791
    call $f2792
    call $f2793
    call $f2794
    call $f2795
    call $f2796
    call $f2797
    call $f2798
    call $f2799
    call $f2800
    call $f2801
    call $f2802
    call $f2803
    call $f2804
    call $f2805
    call $f2806
    call $f2807
    call $f2808
    call $f2809
    call $f2810
    call $f2811
    call $f2812
    call $f2813
    call $f2814
    call $f2815
    call $f2816
    call $f2817
    call $f2818
    call $f2819
    call $f2820
    call $f2821
    call $f2822
    call $f2823
    call $f2824
    call $f2825
    call $f2826
    call $f2827
    call $f2828
    call $f2829
    call $f2830
    call $f2831
    call $f2832
    call $f2833
    call $f2834
    call $f2835
    call $f2836
    call $f2837
    call $f2838
    call $f2839
    call $f2840
    call $f2841
    call $f2842
    call $f2843
    call $f2844
    call $f2845
    call $f2846
    call $f2847
    call $f2848
    call $f2849
    call $f2850
    call $f2851
    call $f2852
    call $f2853
    call $f2854
    call $f2855
    call $f2856
    call $f2857
    call $f2858
    call $f2859
    call $f2860
    call $f2861
    call $f2862
    call $f2863
    call $f2864
    call $f2865
    call $f2866
    call $f2867
    call $f2868
    call $f2869
    call $f2870
    call $f2871
    call $f2872
    call $f2873
    call $f2874
    call $f2875
    call $f2876
    call $f2877
    call $f2878
    call $f2879
    call $f2880
    call $f2881
    call $f2882
    call $f2883
    call $f2884
    call $f2885
    call $f2886
    call $f2887
    call $f2888
    call $f2889
    call $f2890
    call $f2891
    call $f2892
    call $f2893
    call $f2894
    call $f2895
    call $f2896
    call $f2897
    call $f2898
    call $f2899
    call $f2900
    call $f2901
    call $f2902
    call $f2903
    call $f2904
    call $f2905
    call $f2906
    call $f2907
    call $f2908
    call $f2909
    call $f2910
    call $f2911
    call $f2912
    call $f2913
    call $f2914
    call $f2915
    call $f2916
    call $f2917
    call $f2918
    call $f2919
    call $f2920
    call $f2921
    call $f2922
    call $f2923
    call $f2924
    call $f2925
    call $f2926
    call $f2927
    call $f2928
    call $f2929
    call $f2930
    call $f2931
    call $f2932
    call $f2933
    call $f2934
    call $f2935
    call $f2936
    call $f2937
    call $f2938
    call $f2939
    call $f2940
    call $f2941
    call $f2942
    call $f2943
    call $f2944
    call $f2945
    call $f2946
    call $f2947
    call $f2948
    call $f2949
    call $f2950
    call $f2951
    call $f2952
    call $f2953
    call $f2954
    call $f2955
    call $f2956
    call $f2957
    call $f2958
    call $f2959
    call $f2960
    call $f2961
    call $f2962
    call $f2963
    call $f2964
    call $f2965
    call $f2966
    call $f2967
    call $f2968
    call $f2969
    call $f2970
    call $f2971
    call $f2972
    call $f2973
    call $f2974
    call $f2975
    call $f2976
    call $f2977
    call $f2978
    call $f2979
    call $f2980
    call $f2981
    call $f2982
    call $f2983
    call $f2984
    call $f2985
    call $f2986
    call $f2987
    call $f2988
    call $f2989
    call $f2990
    call $f2991
    call $f2992
    call $f2993
    call $f2994
    call $f2995
    call $f2996
    call $f2997
    call $f2998
    call $f2999
  ))
