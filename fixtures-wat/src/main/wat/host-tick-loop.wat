;; host-tick-loop: an infinite loop that calls the imported env.tick (returns at once) every iteration.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: most of the time is spent crossing into the host and back.
(module
  (import "env" "tick" (func $tick))
  (func (export "run")
    (loop $spin
      call $tick
      br $spin)))
