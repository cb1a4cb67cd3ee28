;; tail-call-self: a function that tail-calls itself forever with `return_call`; no loop, no branch.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: a tail call replaces the caller's frame, so the stack never grows and nothing overflows;
;; a runtime that checks interruption only at calls it enters anew and at back-edges never sees it.
;; Run with a small guest stack (alsoLimitedBy STACK), so that a runtime without real tail calls (one JVM
;; frame per call) overflows at once instead of racing the deadline.
(module
  (func (export "run") (result i64)
    (return_call $spin (i64.const 0)))
  (func $spin (param $n i64) (result i64)
    local.get $n
    i64.const 1
    i64.add
    return_call $spin))
