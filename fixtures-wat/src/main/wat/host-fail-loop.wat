;; host-fail-loop: a loop that calls the imported env.fail, which throws from the host.
;; Stopped by: nothing (NONE) -> TRAPPED: the host's exception ends the run.
;; Hostile because: a host exception must surface as a trap outcome, not crash the sandbox.
(module
  (import "env" "fail" (func $fail))
  (func (export "run")
    (loop $spin
      call $fail
      br $spin)))
