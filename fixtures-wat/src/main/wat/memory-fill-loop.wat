;; memory-fill-loop: fills all 64 MiB of memory with memory.fill, over and over, forever.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: each back-edge is separated by a long bulk operation.
(module
  (memory 1024 1024)
  (func (export "run")
    (loop $spin
      (memory.fill (i32.const 0) (i32.const 0x5A) (i32.const 67108864))
      br $spin)))
