;; sum-loop (benign control): sums 1..1000 in a loop and returns 500500.
;; Stopped by: nothing (NONE) -> COMPLETED. Used to check fuel accounting exactly.
;;
;; Fuel under the cost model (1 per operator; loop/end/block/nop/drop/unreachable/return/else cost 0):
;;   prologue: i32.const 1, local.set $i                                 = 2
;;   per iteration (1000 iterations, i = 1..1000):
;;     local.get $sum, local.get $i, i32.add, local.set $sum,
;;     local.get $i, i32.const 1, i32.add, local.tee $i,
;;     i32.const 1000, i32.le_u, br_if $l                               = 11
;;   epilogue: local.get $sum                                            = 1
;;   total = 2 + 11 * 1000 + 1 = 11003
(module
  (func (export "run") (result i32)
    (local $i i32) (local $sum i32)
    i32.const 1
    local.set $i
    (loop $l
      local.get $sum
      local.get $i
      i32.add
      local.set $sum
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      i32.const 1000
      i32.le_u
      br_if $l)
    local.get $sum))
