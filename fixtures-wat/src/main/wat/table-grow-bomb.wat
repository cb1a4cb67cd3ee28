;; table-grow-bomb: grows a funcref table (no maximum) by one element at a time until table.grow
;; returns -1, then traps.
;; Stopped by: TABLE_CAP -> MEMORY_LIMIT.
;; Hostile because: without a table cap the host allocates billions of table slots.
(module
  (table $t 1 funcref)
  (func (export "run")
    (loop $grow
      (if (i32.eq (table.grow $t (ref.null func) (i32.const 1)) (i32.const -1))
        (then unreachable))
      br $grow)))
