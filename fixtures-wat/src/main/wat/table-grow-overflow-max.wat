;; table-grow-overflow-max: `table.grow` of a 1-entry table by 0xFFFFFFFF; when it returns -1, traps.
;; Stopped by: TABLE_CAP -> MEMORY_LIMIT (the growth is refused, then the guest traps).
;; Hostile because: the delta is -1 as a signed 32-bit integer; a host that adds it to the size in signed
;; arithmetic shrinks the table or allocates a negative size.
(module
  (table $t 1 funcref)
  (func (export "run")
    (if (i32.eq (table.grow $t (ref.null func) (i32.const 0xFFFFFFFF)) (i32.const -1))
      (then unreachable))))
