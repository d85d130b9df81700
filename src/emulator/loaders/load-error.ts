/** A user-facing problem with an input file or option; its message is shown as is. */
export class LoadError extends Error {
  override name = "LoadError";
}
