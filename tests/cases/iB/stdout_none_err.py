import sys
saved = sys.stdout
sys.stdout = None
print("lost")
sys.stdout = saved
print("back")
sys.stderr = None
raise ValueError("nowhere")
