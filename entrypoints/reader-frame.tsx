import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReaderFrame } from '@/components/reader/mount-frame';

// The reader frame's one script, loaded by public/reader.html (one file: no chunk or stylesheet
// to wait for before the first frame).
export default defineUnlistedScript(() => startReaderFrame(window));
