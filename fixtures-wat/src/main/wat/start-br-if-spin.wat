;; start-br-if-spin: the start function spins on an always-taken `br_if` (instantiate only).
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: it combines the start function (no export call to time) with a conditional back-edge
;; (which some interpreters do not check).
(module
  (func $start
    (loop $again
      (br_if $again (i32.const 1))))
  (start $start))
