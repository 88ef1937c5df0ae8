raise BaseExceptionGroup("b", [KeyboardInterrupt()])
