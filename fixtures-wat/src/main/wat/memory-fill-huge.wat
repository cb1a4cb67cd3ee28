;; memory-fill-huge: one memory.fill of 64 MiB (1024 pages declared), then an infinite loop.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: a single bulk instruction does a lot of work with no back-edge inside it.
(module
  (memory 1024 1024)
  (func (export "run")
    (memory.fill (i32.const 0) (i32.const 0xAB) (i32.const 67108864))
    (loop $spin
      br $spin)))
