;; host-block-once: calls the imported env.block once, which blocks until interrupted, then returns 1.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: the guest never runs again after the host call; the stop must be reported from the host
;; call the deadline cut short, not from a guest check that never comes.
(module
  (import "env" "block" (func $block))
  (func (export "run") (result i32)
    call $block
    i32.const 1))
