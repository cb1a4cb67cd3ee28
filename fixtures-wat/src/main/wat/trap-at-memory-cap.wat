;; trap-at-memory-cap: a memory declared at exactly the cap (16 pages) that never grows; `run` loads past
;; its end and traps.
;; Stopped by: nothing but its own trap -> TRAPPED, run with the memory cap set (alsoLimitedBy MEMORY_CAP).
;; Hostile because: a sandbox that guesses MEMORY_LIMIT from the memory's size at the trap, rather than from a
;; refused grow, blames the cap for an ordinary out-of-bounds access.
(module
  (memory 16)
  (func (export "run") (result i32)
    (i32.load (i32.const 1048576))))
