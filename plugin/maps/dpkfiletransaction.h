#ifndef DPKFILETRANSACTION_H
#define DPKFILETRANSACTION_H

#include "dpkresult.h"

#include <QCoreApplication>
#include <QList>
#include <QLockFile>

#include <memory>

/**
 * \brief Keeps the earlier versions of the files a run is about to replace, and puts them back
 * when the run does not finish, so that a failed or cancelled run leaves them as they were.
 *
 * A run writes several files that belong together: the GeoPackage, the project that shows it and
 * the sheets' PDFs. Each writer replaces its own file in one step, but a failure after the first
 * of them would leave a new GeoPackage under an old project. The run therefore protects every
 * file before it writes it; commit() at the end drops the kept copies, and a transaction that is
 * destroyed without a commit puts them back (and removes files that did not exist before).
 *
 * The copies live beside their files, so that putting one back is a rename within one folder,
 * which replaces the file in one step. Copies, not links, are kept, because a writer or a layer
 * that has the file open may change it in place. Runs on any one thread.
 *
 * Each protected file is locked for the transaction's life (a lock file beside it), so that a
 * second run writing the same output stops at once instead of mixing its files with the first's.
 * A kept copy found before protecting is what a run that was killed left behind: the only earlier
 * version of the file, so the transaction refuses to go on rather than overwrite it.
 */
class DpkFileTransaction
{
  Q_DECLARE_TR_FUNCTIONS( DpkFileTransaction )

public:
  DpkFileTransaction() = default;

  //! Puts back every protected file, unless commit() was called.
  ~DpkFileTransaction();

  DpkFileTransaction( const DpkFileTransaction & ) = delete;
  DpkFileTransaction &operator=( const DpkFileTransaction & ) = delete;

  /**
   * Keeps a copy of the file at \a path, if there is one, before the run replaces it; a path with
   * no file yet is noted, so that a file written there is removed again. Protecting a path twice
   * keeps the first copy. Returns an error naming the file when no copy can be made, when another
   * run holds the file, or when a copy left by a run that did not finish is in the way; then the
   * run must not write it.
   */
  DpkResult<bool> protect( const QString &path );

  //! The run succeeded: the kept copies are dropped and the new files stay.
  void commit();

  //! The run failed: every protected path gets its earlier file back, or none if it had none.
  void rollback();

  //! Returns the paths protected so far, in the order they were protected.
  QStringList paths() const;

private:
  struct Kept
  {
    QString path;
    QString copy; //!< Empty when there was no file at path.
    std::shared_ptr<QLockFile> lock;
  };

  static QString copyPath( const QString &path );

  QList<Kept> mKept;
};

#endif // DPKFILETRANSACTION_H
