/** Where ctr and nerdctl look for containerd, and the namespace they use, when told nothing. */
export const DEFAULT_ADDRESS = '/run/containerd/containerd.sock';
export const DEFAULT_NAMESPACE = 'default';
