/**
 * Indicator normalisation and digests. The tables live one kind per file under ./indicators/; they are
 * imported here so the whole suite runs in ONE test process: each process pays tsx and libphonenumber's
 * metadata start-up (~1.5 s here), which nine files would pay nine times.
 */
import './indicators/phone.js';
import './indicators/bankAccount.js';
import './indicators/wallet.js';
import './indicators/url.js';
import './indicators/domain.js';
import './indicators/email.js';
import './indicators/socialAccount.js';
import './indicators/digest.js';
import './indicators/normalizeIndicator.js';
