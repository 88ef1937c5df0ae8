import os
os.does_not_exist
