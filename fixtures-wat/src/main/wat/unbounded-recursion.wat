;; unbounded-recursion: a function that calls itself forever.
;; Stopped by: the STACK limit -> STACK_EXHAUSTED.
;; Hostile because: each call takes stack; a sandbox must turn the overflow into a clean outcome
;; rather than a StackOverflowError that kills the host thread.
(module
  (func $r
    call $r)
  (func (export "run")
    call $r))
