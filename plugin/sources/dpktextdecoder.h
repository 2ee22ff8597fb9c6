#ifndef DPKTEXTDECODER_H
#define DPKTEXTDECODER_H

#include "dpkresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * \brief Turns the bytes of a downloaded text file into text, finding out how it was encoded.
 *
 * Skolverket's exports come as UTF-8, with or without a byte-order mark, or as Windows-1252 when
 * a spreadsheet program saved them again. Bytes that form valid UTF-8 are read as UTF-8; anything
 * else is read as Windows-1252, which gives every byte a character, and a file mixing both
 * (lines pasted from differently saved files) is read line by line, each line in its own. Qt 6 has
 * no QTextCodec, so Windows-1252 is decoded here with its own table. Files that are no 8-bit text
 * at all (UTF-16, a spreadsheet saved under a .csv name) are refused rather than read as garbage.
 */
class DpkTextDecoder
{
  Q_DECLARE_TR_FUNCTIONS( DpkTextDecoder )

public:
  //! The encodings the decoder recognises.
  enum class Encoding
  {
    Utf8,        //!< UTF-8 without a byte-order mark.
    Utf8WithBom, //!< UTF-8 starting with the byte-order mark EF BB BF.
    Windows1252, //!< Windows-1252 (the Western European Windows code page).
    Mixed,       //!< Lines of UTF-8 and lines of Windows-1252, each read in its own.
  };

  //! Decoded text and what the decoder found out about the bytes.
  struct Decoded
  {
    QString text;                       //!< The text, without a byte-order mark.
    Encoding encoding = Encoding::Utf8; //!< The encoding the text was read in.
    int firstInvalidUtf8Line = 0;       //!< 1-based line of the first byte that is not
                                        //!< UTF-8; 0 when all bytes are UTF-8.
    bool endsInsideCharacter = false;   //!< The bytes end in the middle of a UTF-8
                                        //!< character: the file was cut off.
  };

  /**
   * Decodes \a bytes. Returns an error saying what the bytes look like when they are no text in
   * UTF-8 or Windows-1252.
   */
  static DpkResult<Decoded> decode( const QByteArray &bytes );

  //! Returns the name of \a encoding as users know it ("UTF-8", "Windows-1252", ...).
  static QString encodingName( Encoding encoding );

  //! Decodes \a bytes as Windows-1252.
  static QString fromWindows1252( const QByteArray &bytes );
};

#endif // DPKTEXTDECODER_H
