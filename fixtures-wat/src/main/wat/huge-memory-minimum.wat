;; huge-memory-minimum: declares a memory whose minimum is 60000 pages (about 3.7 GiB); `run` returns 0.
;; Stopped by: MEMORY_CAP -> MEMORY_LIMIT (the declared minimum is above the cap; refuse to instantiate).
;; Hostile because: the host would allocate gigabytes before any guest code runs.
;; Observed (Chicory 1.7.5, 2026-11-24): with no cap and -Xmx1g instantiation throws OutOfMemoryError.
(module
  (memory 60000)
  (func (export "run") (result i32)
    i32.const 0))
