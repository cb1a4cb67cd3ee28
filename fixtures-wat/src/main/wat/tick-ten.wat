;; tick-ten (benign control): calls the imported env.tick exactly 10 times, then returns 10.
;; Stopped by: nothing (NONE) -> COMPLETED.
(module
  (import "env" "tick" (func $tick))
  (func (export "run") (result i32)
    (local $i i32)
    (loop $l
      call $tick
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      i32.const 10
      i32.lt_u
      br_if $l)
    local.get $i))
