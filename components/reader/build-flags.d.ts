/** True in the test build only (see wxt.config.ts): the reader's shadow root is left open. */
declare const __FIC_READER_TEST_BUILD__: boolean;
