;; trap-at-table-cap: a table declared at exactly the cap (1000 entries) that never grows; `run` calls an
;; index past its end and traps.
;; Stopped by: nothing but its own trap -> TRAPPED, run with the table cap set (alsoLimitedBy TABLE_CAP).
;; Hostile because: a sandbox that guesses MEMORY_LIMIT from the table's size at the trap, rather than from a
;; refused grow, blames the cap for an ordinary undefined element.
(module
  (type $v (func))
  (table 1000 funcref)
  (func (export "run")
    (call_indirect (type $v) (i32.const 1000))))
