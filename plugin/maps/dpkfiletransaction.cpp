#include "dpkfiletransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

DpkFileTransaction::~DpkFileTransaction()
{
  rollback();
}

DpkResult<bool> DpkFileTransaction::protect( const QString &path )
{
  const QString target = QDir::cleanPath( QFileInfo( path ).absoluteFilePath() );
  for ( const Kept &kept : mKept )
  {
    if ( kept.path == target )
      return DpkResult<bool>::success( true );
  }

  // Another run writing the same file holds its lock; a lock whose process died is taken over.
  // The lock lies beside the file, in the folder the run is about to write into anyway.
  const QFileInfo info( target );
  if ( !QDir().mkpath( info.absolutePath() ) )
    return DpkResult<bool>::failure( tr( "%1: the folder cannot be created" )
                                         .arg( QDir::toNativeSeparators( info.absolutePath() ) ) );
  auto lock = std::make_shared<QLockFile>(
      info.dir().filePath( QStringLiteral( ".%1.lock" ).arg( info.fileName() ) ) );
  if ( !lock->tryLock( 0 ) )
  {
    return DpkResult<bool>::failure(
        lock->error() == QLockFile::LockFailedError
            ? tr( "%1: another run is writing this file; expected it to finish first" )
                  .arg( QDir::toNativeSeparators( target ) )
            : tr( "%1: no lock can be made beside it, so it is not replaced" )
                  .arg( QDir::toNativeSeparators( target ) ) );
  }
  const QString copy = copyPath( target );
  const QFileInfo leftOver( copy );
  if ( leftOver.exists() || leftOver.isSymLink() )
  {
    return DpkResult<bool>::failure(
        tr( "%1: %2 holds the file as it was before a run that did not finish; rename it back to "
            "%3 or delete it, then run again" )
            .arg( QDir::toNativeSeparators( target ), QDir::toNativeSeparators( copy ),
                  info.fileName() ) );
  }

  if ( !info.exists() )
  {
    mKept.append( { target, QString(), lock } );
    return DpkResult<bool>::success( true );
  }
  if ( !info.isFile() )
    return DpkResult<bool>::failure(
        tr( "%1: there is a folder or other non-file of that name; expected a file to replace" )
            .arg( QDir::toNativeSeparators( target ) ) );

  // The copy keeps the file's time too, so that the file put back is the earlier one in full.
  if ( !QFile::copy( target, copy ) )
    return DpkResult<bool>::failure(
        tr( "%1: no copy of the earlier file can be kept beside it, so it is not replaced" )
            .arg( QDir::toNativeSeparators( target ) ) );
  QFile kept( copy );
  if ( kept.open( QIODevice::ReadWrite ) )
    kept.setFileTime( info.lastModified(), QFileDevice::FileModificationTime );
  mKept.append( { target, copy, lock } );
  return DpkResult<bool>::success( true );
}

void DpkFileTransaction::commit()
{
  for ( const Kept &kept : std::as_const( mKept ) )
  {
    if ( !kept.copy.isEmpty() )
      QFile::remove( kept.copy );
  }
  mKept.clear();
}

void DpkFileTransaction::rollback()
{
  // Latest first, in case a later step wrote over an earlier one's file.
  for ( auto kept = mKept.crbegin(); kept != mKept.crend(); ++kept )
  {
    if ( kept->copy.isEmpty() )
    {
      QFile::remove( kept->path );
      continue;
    }
    // rename() replaces the new file in one step: there is never a moment without a file. A
    // copy that cannot be put back stays where it is, the only earlier version there is.
    std::rename( QFile::encodeName( kept->copy ).constData(),
                 QFile::encodeName( kept->path ).constData() );
  }
  mKept.clear();
}

QStringList DpkFileTransaction::paths() const
{
  QStringList paths;
  for ( const Kept &kept : mKept )
    paths << kept.path;
  return paths;
}

QString DpkFileTransaction::copyPath( const QString &path )
{
  // Hidden and beside the file: the same folder, so that putting it back is one rename.
  const QFileInfo info( path );
  return info.dir().filePath( QStringLiteral( ".%1.kept" ).arg( info.fileName() ) );
}
