#ifndef DPKLAYOUTEXPORTER_H
#define DPKLAYOUTEXPORTER_H

#include "dpkresult.h"

#include <QCoreApplication>

class QgsFeedback;
class QgsPrintLayout;

/**
 * \brief Writes a print layout to a PDF (vector, with title, author and subject) or a PNG file.
 *
 * The file is written under a temporary name beside the target and renamed only when the export
 * succeeded, so a failed export leaves an earlier file of the same name as it was. A layout
 * whose atlas is enabled gives one PDF with a page per atlas feature.
 */
class DpkLayoutExporter
{
  Q_DECLARE_TR_FUNCTIONS( DpkLayoutExporter )

public:
  /**
   * Exports \a layout to the PDF \a path. The title and subject come from the layout's
   * DpkLayoutBuilder properties, the author from the project's metadata. Returns the path
   * written, or an error naming it and what failed.
   */
  static DpkResult<QString> exportPdf( QgsPrintLayout *layout, const QString &path,
                                       QgsFeedback *feedback = nullptr );

  /**
   * Exports the first page of \a layout to the PNG \a path at \a dpi dots per inch. QGIS renders
   * a page to an image without feedback, so \a feedback (may be null) hears of the page's start
   * and end, and a cancel pressed while it renders drops the image and keeps an earlier file.
   */
  static DpkResult<QString> exportPng( QgsPrintLayout *layout, const QString &path,
                                       QgsFeedback *feedback = nullptr, int dpi = 200 );

private:
  static QString partialPath( const QString &path );
  static QString writeMetadata( QgsPrintLayout *layout, const QString &path );
  static DpkResult<QString> replace( const QString &partial, const QString &path );
};

#endif // DPKLAYOUTEXPORTER_H
