;; start-infinite-loop: the start function spins forever, so instantiation never returns.
;; Stopped by: DEADLINE -> PREEMPTED. Instantiate only (no export is called).
;; Hostile because: a sandbox that applies its deadline only to export calls never stops it.
(module
  (func $start
    (loop $spin
      br $spin))
  (start $start))
