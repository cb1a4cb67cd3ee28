;; reserved-export-name: exports a function under a name with wasm-sandbox's reserved prefix
;; `wasm_sandbox_`, beside `run`.
;; Stopped by: nothing; the sandbox refuses the module -> INVALID_MODULE.
;; Hostile because: the sandbox adds exports with that prefix (fuel, evidence, the deferred start function);
;; a guest exporting one could forge the evidence the outcome is decided on.
(module
  (global $fake (mut i64) (i64.const 0))
  (func (export "run") (result i32)
    i32.const 42)
  (func (export "wasm_sandbox_fuel") (result i64)
    global.get $fake))
