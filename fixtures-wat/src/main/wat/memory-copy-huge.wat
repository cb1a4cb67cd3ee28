;; memory-copy-huge: one memory.copy of 32 MiB within a 64 MiB memory, then an infinite loop.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: a single bulk instruction does a lot of work with no back-edge inside it.
(module
  (memory 1024 1024)
  (func (export "run")
    (memory.copy (i32.const 33554432) (i32.const 0) (i32.const 33554432))
    (loop $spin
      br $spin)))
