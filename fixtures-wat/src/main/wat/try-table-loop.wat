;; try-table-loop: the catch clause of a `try_table` targets the enclosing loop, so every `throw` lands back
;; at the loop head; no branch, no call.
;; Stopped by: the DEADLINE -> PREEMPTED.
;; Hostile because: the back-edge is an exception's jump to its catch label, which a runtime checking
;; interruption only at branches and calls never checks.
;; Binary: assembled from try-table-loop.wasm.txt (wat2wasm 1.0.35 cannot encode try_table); this text is
;; its specification.
(module
  (tag $boom)
  (func (export "run")
    (loop $again
      (try_table (catch $boom $again)
        (throw $boom)))))
