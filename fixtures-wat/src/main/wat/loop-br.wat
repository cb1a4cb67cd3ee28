(module
  (func (export "run")
    (loop $spin
      br $spin)))
