package org.policybrief.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What PDF/A and PDF/UA ask of a document beyond its drawing: XMP metadata that says the same as
 * the information dictionary, the title shown in the window, and (PDF/A-3) files carried inside
 * with their relation to the document.
 */
final class ArchivalMetadata {

  private ArchivalMetadata() {}

  /**
   * Makes the XMP metadata openhtmltopdf wrote (with its PDF/A and PDF/UA identification) agree
   * with the information dictionary, which {@link PdfWriter} sets afterwards from the edition
   * date: validators compare the two field by field.
   */
  static void synchronise(PDDocument document) throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDViewerPreferences preferences = catalog.getViewerPreferences() != null
        ? catalog.getViewerPreferences() : new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);

    PDMetadata stream = catalog.getMetadata();
    if (stream == null) {
      return;
    }
    XMPMetadata xmp;
    try (var in = stream.exportXMPMetadata()) {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      xmp = parser.parse(in);
    } catch (XmpParsingException e) {
      throw new IOException("cannot read the XMP metadata openhtmltopdf wrote", e);
    }
    PDFAExtensionSchema extension = xmp.getPDFExtensionSchema();
    if (extension != null) {
      // Reading drops the namespaces the extension's fields use; without them it is not XML.
      extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
      extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
    }
    PDDocumentInformation info = document.getDocumentInformation();
    DublinCoreSchema dc = schema(xmp.getDublinCoreSchema(), xmp::createAndAddDublinCoreSchema);
    dc.setTitle(info.getTitle());
    if (dc.getCreators() != null) {
      dc.getCreators().forEach(dc::removeCreator);
    }
    if (!info.getAuthor().isEmpty()) {
      dc.addCreator(info.getAuthor());
    }
    dc.setDescription(info.getSubject());
    AdobePDFSchema pdf = schema(xmp.getAdobePDFSchema(), xmp::createAndAddAdobePDFSchema);
    pdf.setKeywords(info.getKeywords());
    pdf.setProducer(info.getProducer());
    XMPBasicSchema basic = schema(xmp.getXMPBasicSchema(), xmp::createAndAddXMPBasicSchema);
    basic.setCreatorTool(info.getCreator());
    basic.setCreateDate(info.getCreationDate());
    basic.setModifyDate(info.getModificationDate());
    basic.setMetadataDate(info.getModificationDate());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
    PDMetadata replaced = new PDMetadata(document, new ByteArrayInputStream(out.toByteArray()));
    catalog.setMetadata(replaced);
  }

  /**
   * Gives every link annotation the Contents PDF/UA asks for: the alternative text openhtmltopdf
   * put on the link's structure element (from the {@code title} of the template's {@code <a>}).
   */
  static void describeLinks(PDDocument document) throws IOException {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null || root.getParentTree() == null) {
      return;
    }
    PDNumberTreeNode parents = root.getParentTree();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink && annotation.getContents() == null
            && annotation.getStructParent() >= 0) {
          if (parents.getValue(annotation.getStructParent()) instanceof COSObjectable parent
              && parent.getCOSObject() instanceof COSDictionary element) {
            String alt = new PDStructureElement(element).getAlternateDescription();
            if (alt != null) {
              annotation.setContents(alt);
            }
          }
        }
      }
    }
  }

  /**
   * Embeds {@code attachments} as the document's data sources (AFRelationship Data): in the
   * catalog's list of associated files in this order, in the name tree by name.
   */
  static void attach(PDDocument document, List<PdfWriter.Attachment> attachments, Calendar date)
      throws IOException {
    Map<String, PDComplexFileSpecification> byName = new HashMap<>();
    COSArray associated = new COSArray();
    for (PdfWriter.Attachment attachment : attachments) {
      PDComplexFileSpecification spec = embed(document, attachment, date);
      byName.put(attachment.fileName(), spec);
      associated.add(spec);
    }
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(byName); // sorted by name
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }

  private static PDComplexFileSpecification embed(PDDocument document,
      PdfWriter.Attachment attachment, Calendar date) throws IOException {
    PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.bytes()));
    file.setSubtype(attachment.mimeType());
    file.setSize(attachment.bytes().length);
    file.setCreationDate(date);
    file.setModDate(date);

    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(attachment.fileName());
    spec.setFileUnicode(attachment.fileName());
    spec.setFileDescription(attachment.description());
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
    return spec;
  }

  private static <T> T schema(T existing, Supplier<T> create) {
    return existing != null ? existing : create.get();
  }
}
