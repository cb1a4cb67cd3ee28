;; start-exponential-recursion: the start function calls a doubly recursive function of depth 60,
;; about 2^60 calls with a stack only 60 deep (instantiate only).
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: no loop and no deep stack, so only the checks at calls can stop it, before the module
;; has even finished instantiating.
(module
  (func $fan (param $d i32)
    (if (local.get $d)
      (then
        (call $fan (i32.sub (local.get $d) (i32.const 1)))
        (call $fan (i32.sub (local.get $d) (i32.const 1))))))
  (func $start
    (call $fan (i32.const 60)))
  (start $start))
