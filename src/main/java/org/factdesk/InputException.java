package org.factdesk;

/**
 * Bad input from outside: a file, URL, page, feed or thread that cannot be read or is refused. The
 * message names the input and the problem in one line; the command line exits with status 3.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String input;

  public InputException(String input, String problem) {
    this(input, problem, null);
  }

  public InputException(String input, String problem, Throwable cause) {
    super(input + ": " + problem, cause);
    this.input = input;
  }

  /** The input that was refused: a path, a URL, "-" for standard input, or a name with a line. */
  public String input() {
    return input;
  }
}
