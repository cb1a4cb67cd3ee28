;; i64-pair (benign control): returns two i64 values, 2^32 + 5 and -7 (multi-value results).
;; Stopped by: nothing (NONE) -> COMPLETED. Needs multi-value.
(module
  (func $pair (result i64 i64)
    i64.const 4294967301
    i64.const -7)
  (func (export "run") (result i64 i64)
    call $pair))
