package org.policybrief.render.pdf;

import java.io.IOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Web addresses of links in the 7-bit ASCII a PDF's URI action holds (ISO 32000-1, 12.6.4.7). A
 * source's address with Chinese in it (https://例子.中国/AI政策) went into the action as it was,
 * which PDFBox writes as a UTF-16 string that viewers need not read as an address; it is now
 * written as a browser sends it: the host in IDNA (xn--fsqu00a.xn--fiqs8s) and every other
 * character beyond ASCII as its UTF-8 bytes, percent-encoded. The printed address is unchanged.
 */
final class LinkAddresses {

  private LinkAddresses() {}

  static void asciiOnly(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI action
            && action.getURI() != null) {
          String ascii = ascii(action.getURI());
          if (!ascii.equals(action.getURI())) {
            action.setURI(ascii);
          }
        }
      }
    }
  }

  /** {@code address} with its host in IDNA and other characters beyond ASCII percent-encoded. */
  static String ascii(String address) {
    if (address.chars().allMatch(c -> c < 0x80)) {
      return address;
    }
    int scheme = address.indexOf("://");
    if (scheme < 0) {
      return encode(address);
    }
    int start = scheme + 3;
    int end = start;
    while (end < address.length() && "/?#".indexOf(address.charAt(end)) < 0) {
      end++;
    }
    String authority = address.substring(start, end);
    int hostStart = authority.lastIndexOf('@') + 1;
    int port = authority.indexOf(':', hostStart);
    int hostEnd = port < 0 ? authority.length() : port;
    String host = authority.substring(hostStart, hostEnd);
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      // not a name IDNA takes: percent-encoded below, as a browser reads it
    }
    return encode(address.substring(0, start) + authority.substring(0, hostStart)) + encode(host)
        + encode(authority.substring(hostEnd) + address.substring(end));
  }

  private static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c < 0x80) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xFF));
        }
      }
    });
    return out.toString();
  }
}
