;; deeply-nested-blocks (compile-time bomb, benign): 100 nested blocks, each adding 1 to the
;; result of the block inside it; `run` returns 100.
;; (Deeper nesting, 200 levels or more, crashes the in-JVM wat2wasm (Chicory's wabt build) with an
;; out-of-bounds memory access, so the depth is 100.)
;; Stopped by: nothing (NONE) -> COMPLETED. Hostile to recursive parsers/compilers.
(module
  (func (export "run") (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    block (result i32)
    i32.const 0
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
    i32.const 1 i32.add end
  ))
