// Start-up only: measures the fixed cost of launching a VM (subtracted from QEMU's times).
int main(void) { return 0; }
