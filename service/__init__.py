"""The credlens service: settings, pipeline, CLI, web app and API."""
