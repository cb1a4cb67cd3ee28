;; table-grow-overflow-half: `table.grow` of a 1-entry table by 0x7FFFFFFF; when it returns -1, traps.
;; Stopped by: TABLE_CAP -> MEMORY_LIMIT (the growth is refused, then the guest traps).
;; Hostile because: 1 + 0x7FFFFFFF overflows a Java int to a negative size that passes an `old + delta > max`
;; test; without a cap in front, Chicory 1.7.5 and Endive 1.0.0 then fail with NegativeArraySizeException.
(module
  (table $t 1 funcref)
  (func (export "run")
    (if (i32.eq (table.grow $t (ref.null func) (i32.const 0x7FFFFFFF)) (i32.const -1))
      (then unreachable))))
