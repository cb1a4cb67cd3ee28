;; loop-br: the smallest infinite loop, `loop br 0`.
;; Stopped by: the DEADLINE (thread interruption checked at the loop back-edge) -> PREEMPTED.
;; Hostile because: it never calls anything and never ends; only a back-edge check can stop it.
(module
  (func (export "run")
    (loop $spin
      br $spin)))
