;; atomic-wait-forever: `memory.atomic.wait32` with no timeout (-1) on a shared memory cell that nobody
;; ever notifies.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: the guest thread is parked inside the runtime, not running guest code; the stop must
;; wake the wait itself.
(module
  (memory 1 1 shared)
  (func (export "run") (result i32)
    (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1))))
