;; grow-refused-handled: asks for 100 more pages; when `memory.grow` is refused (returns -1), it handles
;; the refusal and returns 1 (0 if the grow succeeded).
;; Stopped by: nothing; run with the MEMORY_CAP (16 pages) -> COMPLETED with 1.
;; Hostile because: a refused grow is not a failure by itself; a sandbox that reports MEMORY_LIMIT for any run
;; with a refused grow, rather than for one that then traps, misreports a well-behaved guest.
(module
  (memory 1)
  (func (export "run") (result i32)
    (if (i32.eq (memory.grow (i32.const 100)) (i32.const -1))
      (then (return (i32.const 1))))
    i32.const 0))
