;; host-block-loop: a loop that calls the imported env.block, which blocks until interrupted.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: the guest is parked in host code; the interruption must reach the host call and
;; the guest must then be stopped at its next check.
(module
  (import "env" "block" (func $block))
  (func (export "run")
    (loop $spin
      call $block
      br $spin)))
