;; if-else-backedge: an infinite loop whose back-edge sits in the else branch of an if; the then
;; branch (i == -1) never happens because i only takes even values.
;; Stopped by: DEADLINE -> PREEMPTED.
;; Hostile because: the back-edge is nested inside structured control flow.
(module
  (func (export "run")
    (local $i i32)
    (loop $spin
      (local.set $i (i32.add (local.get $i) (i32.const 2)))
      (if (i32.eq (local.get $i) (i32.const -1))
        (then return)
        (else br $spin)))))
