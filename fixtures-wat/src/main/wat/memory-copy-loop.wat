;; memory-copy-loop: copies 32 MiB (overlapping by half) with memory.copy, over and over, forever.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: each back-edge is separated by a long bulk operation.
(module
  (memory 1024 1024)
  (func (export "run")
    (loop $spin
      (memory.copy (i32.const 16777216) (i32.const 0) (i32.const 33554432))
      br $spin)))
