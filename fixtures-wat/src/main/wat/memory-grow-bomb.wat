;; memory-grow-bomb: grows memory by one page at a time until memory.grow returns -1, then traps.
;; Stopped by: MEMORY_CAP -> MEMORY_LIMIT (growth denied at the cap).
;; Hostile because: the memory has no declared maximum; without a cap it asks for 4 GiB.
;; Observed (Chicory 1.7.5, 2026-11-24): with no cap and -Xmx1g the JVM throws OutOfMemoryError
;; within ~2.5 s; a sandbox must cap memory rather than rely on the heap.
(module
  (memory 1)
  (func (export "run")
    (loop $grow
      (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1))
        (then unreachable))
      br $grow)))
