// The first script of the frame and of the standalone page, before any
// other code runs. Content-Security-Policy's connect-src does not cover
// every way out of a page: WebRTC opens its own connections (and makes DNS
// lookups for the servers named in it), WebTransport, the Presentation and
// Payment APIs reach other devices or services, and window.open can carry
// data in an address. CareFit uses none of them, so they are removed here,
// for good: each name becomes a non-configurable, non-writable undefined,
// on the window and on the prototypes, so no later script can put it back.
// A nested blank frame would bring fresh copies, so the element handles to
// one are removed too (the frame's policy also forbids loading any frame
// from an address). What stays: `window[0]` still reaches a blank frame
// that some code inserted; CareFit's code inserts none.
(function (w) {
  'use strict';
  function kill(o, k) {
    try { Object.defineProperty(o, k, { value: undefined, configurable: false, writable: false }); } catch (e) { /* already fixed */ }
  }
  [
    'RTCPeerConnection', 'webkitRTCPeerConnection', 'mozRTCPeerConnection', 'RTCDataChannel', 'RTCRtpSender',
    'RTCRtpReceiver', 'RTCRtpTransceiver', 'RTCSessionDescription', 'RTCIceCandidate', 'RTCIceTransport',
    'RTCDtlsTransport', 'RTCSctpTransport', 'RTCCertificate', 'RTCDTMFSender', 'RTCRtpScriptTransform',
    'RTCEncodedAudioFrame', 'RTCEncodedVideoFrame', 'RTCPeerConnectionIceEvent', 'RTCDataChannelEvent', 'RTCTrackEvent',
    'WebTransport', 'WebTransportError', 'WebSocket', 'WebSocketStream', 'EventSource', 'Worker', 'SharedWorker',
    'PresentationRequest', 'PaymentRequest', 'BroadcastChannel', 'open',
  ].forEach(function (k) { kill(w, k); });
  var N = w.Navigator && w.Navigator.prototype;
  [
    'sendBeacon', 'mediaDevices', 'getUserMedia', 'webkitGetUserMedia', 'share', 'canShare', 'presentation',
    'serviceWorker', 'credentials', 'requestMediaKeySystemAccess', 'registerProtocolHandler',
  ].forEach(function (k) { if (N) kill(N, k); kill(w.navigator, k); });
  ['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement', 'HTMLEmbedElement'].forEach(function (c) {
    var p = w[c] && w[c].prototype;
    if (p) ['contentWindow', 'contentDocument', 'getSVGDocument'].forEach(function (k) { kill(p, k); });
  });
})(window);
