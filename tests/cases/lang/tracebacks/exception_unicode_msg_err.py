raise ValueError("héllo ✓")
