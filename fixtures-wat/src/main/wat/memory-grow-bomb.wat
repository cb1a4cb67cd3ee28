;; memory-grow-bomb: grows memory by one page at a time until memory.grow returns -1, then traps.
;; Stopped by: MEMORY_CAP -> MEMORY_LIMIT (growth denied at the cap).
;; Hostile because: the memory has no declared maximum; without a cap it asks for 4 GiB.
(module
  (memory 1)
  (func (export "run")
    (loop $grow
      (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1))
        (then unreachable))
      br $grow)))
